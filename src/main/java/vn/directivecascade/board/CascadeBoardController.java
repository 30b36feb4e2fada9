package vn.directivecascade.board;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The board's directives, their cascade trees (one level per request) and the documents' lineage. */
@Controller
class CascadeBoardController {

  private final CascadeBoardService cascades;
  private final DocumentLineageService lineage;

  CascadeBoardController(CascadeBoardService cascades, DocumentLineageService lineage) {
    this.cascades = cascades;
    this.lineage = lineage;
  }

  @GetMapping("/board")
  String directives(Model model) {
    model.addAttribute("directives", cascades.directives());
    return "board/directives";
  }

  @GetMapping("/board/cascades/{instanceId}")
  String cascade(@PathVariable String instanceId, Model model) {
    model.addAttribute("cascade", cascades.cascade(instanceId).orElseThrow(CascadeBoardController::notFound));
    return "board/cascade";
  }

  /** The level below a node, as list items the page inserts when the node is opened. */
  @GetMapping("/board/cascades/{instanceId}/children")
  String children(@PathVariable String instanceId, Model model) {
    model.addAttribute("nodes", cascades.children(instanceId).orElseThrow(CascadeBoardController::notFound));
    return "board/cascade :: nodes";
  }

  @GetMapping("/board/documents/{documentId}")
  String document(@PathVariable long documentId, Model model) {
    model.addAttribute("lineage", lineage.lineage(documentId).orElseThrow(CascadeBoardController::notFound));
    return "board/document";
  }

  /** Also for what exists but may not be seen: nobody learns of another organisation's work. */
  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
