package com.opsledger.command.supplier;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class JdbcSupplierDirectory implements SupplierDirectory {

    private final JdbcTemplate jdbc;

    JdbcSupplierDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(String supplierId, SupplierStatus status, int paymentTermsDays) {
        jdbc.update("insert into cmd_supplier (supplier_id, status, payment_terms_days) values (?, ?, ?)",
                supplierId, status.name(), paymentTermsDays);
    }

    @Override
    public void changed(String supplierId, SupplierStatus status, int paymentTermsDays) {
        jdbc.update("update cmd_supplier set status = ?, payment_terms_days = ? where supplier_id = ?",
                status.name(), paymentTermsDays, supplierId);
    }

    @Override
    public Optional<SupplierStatus> status(String supplierId) {
        return jdbc.queryForList("select status from cmd_supplier where supplier_id = ?", String.class, supplierId)
                .stream().findFirst().map(SupplierStatus::valueOf);
    }

    @Override
    public Optional<Integer> paymentTermsDays(String supplierId) {
        return jdbc.queryForList("select payment_terms_days from cmd_supplier where supplier_id = ?", Integer.class,
                supplierId).stream().findFirst();
    }

    @Override
    public void offer(String supplierId, String productId, Offer offer) {
        jdbc.update("insert into cmd_supplier_product (supplier_id, product_id, price, currency, lead_time_days) "
                        + "values (?, ?, ?, ?, ?) on conflict (supplier_id, product_id) do update set "
                        + "price = excluded.price, currency = excluded.currency, lead_time_days = excluded.lead_time_days",
                supplierId, productId, offer.price().amount(), offer.price().currency(), offer.leadTimeDays());
    }

    @Override
    public void withdraw(String supplierId, String productId) {
        jdbc.update("delete from cmd_supplier_product where supplier_id = ? and product_id = ?", supplierId, productId);
    }

    @Override
    public Optional<Offer> offer(String supplierId, String productId) {
        return jdbc.query("select price, currency, lead_time_days from cmd_supplier_product "
                        + "where supplier_id = ? and product_id = ?",
                (rs, row) -> new Offer(Money.of(rs.getBigDecimal(1), rs.getString(2)), rs.getInt(3)),
                supplierId, productId).stream().findFirst();
    }

    @Override
    public void prefer(String productId, String supplierId) {
        if (supplierId == null) {
            jdbc.update("delete from cmd_preferred_supplier where product_id = ?", productId);
        } else {
            jdbc.update("insert into cmd_preferred_supplier (product_id, supplier_id) values (?, ?) "
                    + "on conflict (product_id) do update set supplier_id = excluded.supplier_id", productId, supplierId);
        }
    }

    @Override
    public Optional<String> preferredSupplier(String productId) {
        return jdbc.queryForList("select supplier_id from cmd_preferred_supplier where product_id = ?", String.class,
                productId).stream().findFirst();
    }
}
