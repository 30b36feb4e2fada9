package vn.directivecascade.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  Optional<Organization> findByCode(String code);

  @EntityGraph(attributePaths = "parent")
  List<Organization> findWithParentByCodeIn(Collection<String> codes);

  /** The organisations above {@code code}, nearest first: one query instead of one per level. */
  @Query(value = """
      with recursive above (id, distance) as (
        select parent_id, 1 from organization where code = :code
        union all
        select o.parent_id, a.distance + 1 from organization o join above a on o.id = a.id where o.parent_id is not null)
      select o.* from organization o join above a on o.id = a.id order by a.distance""", nativeQuery = true)
  List<Organization> findAncestors(String code);

  List<Organization> findByParentCodeOrderByName(String parentCode);

  /** Every organisation as [code, name, parent code]: the whole tree in one query, without entities. */
  @Query("select o.code, o.name, p.code from Organization o left join o.parent p")
  List<Object[]> findTree();

  /** How many organisations sit directly below each of {@code parentCodes}, as [parent code, count]. */
  @Query("select o.parent.code, count(o) from Organization o where o.parent.code in :parentCodes group by o.parent.code")
  List<Object[]> countChildren(Collection<String> parentCodes);
}
