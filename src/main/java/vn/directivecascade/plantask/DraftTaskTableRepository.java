package vn.directivecascade.plantask;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftTaskTableRepository extends JpaRepository<DraftTaskTable, String> {
}
