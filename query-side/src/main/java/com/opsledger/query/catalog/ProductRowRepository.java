package com.opsledger.query.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProductRowRepository extends JpaRepository<ProductRow, String>, JpaSpecificationExecutor<ProductRow> {

    Page<ProductRow> findBySkuUpperStartingWithOrNameLowerStartingWith(String skuPrefix, String namePrefix,
                                                                        Pageable pageable);
}
