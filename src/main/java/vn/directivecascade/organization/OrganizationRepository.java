package vn.directivecascade.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  Optional<Organization> findByCode(String code);

  List<Organization> findByParentCodeOrderByName(String parentCode);

  /** How many organisations sit directly below each of {@code parentCodes}, as [parent code, count]. */
  @Query("select o.parent.code, count(o) from Organization o where o.parent.code in :parentCodes group by o.parent.code")
  List<Object[]> countChildren(Collection<String> parentCodes);
}
