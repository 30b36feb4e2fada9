package vn.directivecascade.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findTop100ByRecipientUserOrRecipientGroupInOrderByCreatedAtDesc(String user, Collection<String> groups);

  List<Notification> findByProcessInstanceIdOrderByCreatedAt(String processInstanceId);

  boolean existsByEventKey(String eventKey);
}
