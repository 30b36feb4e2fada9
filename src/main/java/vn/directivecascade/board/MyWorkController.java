package vn.directivecascade.board;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Việc của tôi": the signed-in user's open tasks, most urgent first, each linking into Tasklist. */
@Controller
class MyWorkController {

  private final MyWorkService myWork;

  MyWorkController(MyWorkService myWork) {
    this.myWork = myWork;
  }

  @GetMapping("/board/my-work")
  String myWork(Model model) {
    model.addAttribute("work", myWork.myWork());
    return "board/my-work";
  }
}
