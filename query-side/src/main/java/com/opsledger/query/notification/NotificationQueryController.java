package com.opsledger.query.notification;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.notification.ListNotificationsQuery;
import com.opsledger.kernel.notification.NotificationView;
import com.opsledger.query.common.Pages;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
public record NotificationQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("notifications:read")
    @Operation(summary = "Messages to customers and recorded supplier needs, newest first, by customer, backorder "
            + "and kind (backorder-created, eta-changed, partly-filled, filled, cancelled, supplier-need)")
    public PageView<NotificationView> list(@RequestParam(required = false) CustomerId customerId,
                                           @RequestParam(required = false) BackorderId backorderId,
                                           @RequestParam(required = false) String kind,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @Parameter(description = Pages.AFTER)
                                           @RequestParam(required = false) String after,
                                           @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListNotificationsQuery(value(customerId), value(backorderId), kind,
                caller.customerScope(),
                Pages.spec(page, size, null, after, "createdAt", true, NotificationQueryHandler.SORTABLE)));
    }
}
