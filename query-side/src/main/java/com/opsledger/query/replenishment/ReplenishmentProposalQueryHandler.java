package com.opsledger.query.replenishment;

import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.replenishment.ListReplenishmentProposalsQuery;
import com.opsledger.kernel.replenishment.ProposedPurchaseView;
import com.opsledger.kernel.replenishment.ProposedTransfer;
import com.opsledger.kernel.replenishment.ProposedTransferRequest;
import com.opsledger.kernel.replenishment.ProposedTransferView;
import com.opsledger.kernel.replenishment.ReplenishmentProposalView;
import com.opsledger.kernel.replenishment.ReplenishmentProposalsView;
import com.opsledger.kernel.replenishment.ReplenishmentSplit;
import com.opsledger.kernel.replenishment.SurplusStock;
import com.opsledger.kernel.replenishment.TransferFirstRule;
import com.opsledger.kernel.transfer.TransferLineSpec;
import com.opsledger.kernel.transfer.TransferStatus;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static com.opsledger.query.common.Amounts.plain;

/**
 * The replenishment proposals, worked out from the read models when asked (a proposal reserves nothing, so it is
 * no record of its own): each product and warehouse whose open backorders are not covered by what is on order and on
 * the way, split by {@link TransferFirstRule} into transfers from warehouses with surplus and a purchase of the rest,
 * with the open draft purchase order that gathers the purchase.
 */
@Component
class ReplenishmentProposalQueryHandler {

    /** At most this many products short in a warehouse are answered at once; filter to see the others. */
    static final int MAX_PROPOSALS = 200;
    static final String TRANSFER_REASON = "replenishment proposal";

    private static final String OPEN_BACKORDER = "b.status in ('pending', 'in-progress')";

    private final JdbcTemplate jdbc;

    ReplenishmentProposalQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Need(String productId, String warehouseId, String unit, BigDecimal openBackorders) {
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ReplenishmentProposalsView handle(ListReplenishmentProposalsQuery query) {
        SqlFilter where = SqlFilter.from("from backorder_view b where " + OPEN_BACKORDER)
                .and("b.warehouse_id = ?", query.warehouseId())
                .and("b.product_id = ?", query.productId());
        List<Need> needs = jdbc.query("select b.product_id, b.warehouse_id, max(b.unit) as unit, "
                        + "sum(b.remaining) as open_backorders " + where.sql()
                        + " group by b.product_id, b.warehouse_id order by b.warehouse_id, b.product_id",
                (rs, n) -> new Need(rs.getString("product_id"), rs.getString("warehouse_id"), rs.getString("unit"),
                        rs.getBigDecimal("open_backorders")), where.args().toArray());
        List<ReplenishmentProposalView> proposals = new ArrayList<>();
        for (Need need : needs) {
            ReplenishmentProposalView proposal = proposal(need);
            if (proposal != null) {
                proposals.add(proposal);
                if (proposals.size() == MAX_PROPOSALS) {
                    break;
                }
            }
        }
        return new ReplenishmentProposalsView(List.copyOf(proposals));
    }

    private ReplenishmentProposalView proposal(Need need) {
        BigDecimal onOrder = onOrder(need.productId(), need.warehouseId());
        BigDecimal incoming = incoming(need.productId(), need.warehouseId());
        BigDecimal shortfall = TransferFirstRule.shortfall(need.openBackorders(), onOrder, incoming);
        if (shortfall.signum() <= 0) {
            return null;
        }
        ReplenishmentSplit split = TransferFirstRule.split(need.warehouseId(), shortfall,
                sources(need.productId(), need.warehouseId()));
        List<ProposedTransferView> transfers = new ArrayList<>();
        for (ProposedTransfer transfer : split.transfers()) {
            transfers.add(new ProposedTransferView(transfer.fromWarehouseId(), plain(transfer.quantity()),
                    plain(transfer.available()), plain(transfer.surplus()), new ProposedTransferRequest(
                    transfer.fromWarehouseId(), need.warehouseId(), List.of(new TransferLineSpec(need.productId(),
                    plain(transfer.quantity()), null)), TRANSFER_REASON)));
        }
        return new ReplenishmentProposalView(need.productId(), need.warehouseId(), need.unit(),
                plain(need.openBackorders()), plain(onOrder), plain(incoming), plain(shortfall),
                List.copyOf(transfers), purchase(need, split.purchase()));
    }

    /** What purchase orders past drafting bring and have not delivered yet. */
    private BigDecimal onOrder(String productId, String warehouseId) {
        return jdbc.queryForObject("select coalesce(sum(greatest((l ->> 'quantity')::numeric "
                        + "- coalesce((l ->> 'received')::numeric, 0), 0)), 0) "
                        + "from purchase_order_view o, jsonb_array_elements(o.lines) l "
                        + "where o.warehouse_id = ? and o.status in (?, ?, ?, ?, ?) and l ->> 'productId' = ?",
                BigDecimal.class, warehouseId, PurchaseOrderStatus.SUBMITTED.name(),
                PurchaseOrderStatus.APPROVED.name(), PurchaseOrderStatus.SENT.name(),
                PurchaseOrderStatus.CONFIRMED.name(), PurchaseOrderStatus.PARTIALLY_RECEIVED.name(), productId);
    }

    /** What open transfers (requested or on the way) still bring: neither received nor recorded lost. */
    private BigDecimal incoming(String productId, String warehouseId) {
        return jdbc.queryForObject("select coalesce(sum(greatest((l ->> 'quantity')::numeric "
                        + "- (l ->> 'received')::numeric - (l ->> 'lost')::numeric, 0)), 0) "
                        + "from transfer_view t, jsonb_array_elements(t.lines) l "
                        + "where t.to_warehouse_id = ? and t.status in (?, ?, ?) and l ->> 'productId' = ?",
                BigDecimal.class, warehouseId, TransferStatus.REQUESTED, TransferStatus.IN_TRANSIT,
                TransferStatus.PARTIALLY_RECEIVED, productId);
    }

    /** The other warehouses stocking the product: available, less their reorder point and open backorders. */
    private List<SurplusStock> sources(String productId, String warehouseId) {
        return jdbc.query("select s.warehouse_id, sum(s.available) as available, max(p.reorder_point) as reorder_point, "
                        + "(select coalesce(sum(b.remaining), 0) from backorder_view b where b.product_id = s.product_id "
                        + "and b.warehouse_id = s.warehouse_id and " + OPEN_BACKORDER + ") as open_backorders "
                        + "from stock_item_view s join product_view p on p.id = s.product_id "
                        + "where s.product_id = ? and s.warehouse_id <> ? group by s.product_id, s.warehouse_id",
                (rs, n) -> new SurplusStock(rs.getString("warehouse_id"), rs.getBigDecimal("available"),
                        TransferFirstRule.surplus(rs.getBigDecimal("available"), rs.getBigDecimal("reorder_point"),
                                rs.getBigDecimal("open_backorders"))), productId, warehouseId);
    }

    /** The rest to purchase, and the draft that gathers it: a replenishment draft first, the newest first. */
    private ProposedPurchaseView purchase(Need need, BigDecimal quantity) {
        return jdbc.query("select o.id, (l ->> 'quantity')::numeric as on_draft "
                        + "from purchase_order_view o, jsonb_array_elements(o.lines) l "
                        + "where o.warehouse_id = ? and o.status = ? and l ->> 'productId' = ? "
                        + "order by coalesce(o.origin like 'replenishment%', false) desc, o.created_at desc limit 1",
                (rs, n) -> new ProposedPurchaseView(plain(quantity), rs.getString("id"),
                        plain(rs.getBigDecimal("on_draft"))), need.warehouseId(), PurchaseOrderStatus.DRAFT.name(),
                need.productId()).stream().findFirst().orElse(new ProposedPurchaseView(plain(quantity), null, null));
    }
}
