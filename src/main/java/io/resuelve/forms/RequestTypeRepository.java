package io.resuelve.forms;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestTypeRepository extends JpaRepository<RequestType, Long> {

    List<RequestType> findAllByOrderByPositionAscCodeAsc();

    Optional<RequestType> findByCode(String code);
}
