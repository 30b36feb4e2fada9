package vn.directivecascade.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailRepository extends JpaRepository<Mail, Long> {

  boolean existsByEventKey(String eventKey);

  /** Mails waiting for their recipients' digest, oldest first. */
  @Query("select m from Mail m join fetch m.notification where m.delivery = vn.directivecascade.notification.MailDelivery.IN_DIGEST"
      + " and m.digest is null order by m.userId, m.id")
  List<Mail> findWaitingForDigest();

  @Query("select m from Mail m join fetch m.notification where m.digest = ?1 order by m.id")
  List<Mail> findCarriedBy(Mail digest);

  /** A user's mails with what they notified, oldest first. */
  @Query("select m from Mail m left join fetch m.notification where m.userId = ?1 order by m.id")
  List<Mail> findByUserIdOrderById(String userId);

  long countBySentAtIsNullAndDelivery(MailDelivery delivery);

  /** Marks a mail and whatever its digest carried as sent; a mail already marked stays as it was. */
  @Modifying
  @Query("update Mail m set m.sentAt = ?2 where (m.id = ?1 or m.digest.id = ?1) and m.sentAt is null")
  int markSent(Long id, Instant sentAt);
}
