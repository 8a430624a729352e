package com.opsledger.query.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRowRepository extends JpaRepository<ProductRow, String> {

    Page<ProductRow> findBySkuUpperStartingWithOrNameLowerStartingWith(String skuPrefix, String namePrefix,
                                                                        Pageable pageable);
}
