package com.opsledger.query.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records each message and sends it by the recipient's channel. E-mail goes through Spring Mail when an SMTP server
 * is configured ({@code spring.mail.host}); SMS has no gateway yet and is recorded as skipped, like a customer who
 * wants no messages. A backorder's need for stock goes to the product's preferred supplier by e-mail when it has an
 * address, and is recorded for the buyers in any case.
 */
@Component
class NotificationOutbox {

    record Message(String eventId, String kind, String customerId, String backorderId, String orderId,
                   String productId, String subject, String body) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    NotificationOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail,
                       @Value("${opsledger.notifications.from:orders@opsledger.local}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.from = from;
    }

    /** Where a message's secret (a delivery code) stands in its recorded text; only the message sent holds it. */
    static final String SECRET = "******";

    void toCustomer(Message message, Instant at) {
        toCustomer(message, at, null);
    }

    /** As {@link #toCustomer(Message, Instant)}, with {@code secret} in place of {@link #SECRET} in what is sent. */
    void toCustomer(Message message, Instant at, String secret) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "select email, phone, preference from notification_recipient where customer_id = ?",
                message.customerId());
        String preference = found.isEmpty() ? "email" : (String) found.get(0).get("preference");
        String email = found.isEmpty() ? null : (String) found.get(0).get("email");
        String phone = found.isEmpty() ? null : (String) found.get(0).get("phone");
        String recipient = switch (preference) {
            case "email" -> email;
            case "sms" -> phone;
            default -> null;
        };
        String id = message.eventId() + ":customer";
        if (!record(id, "customer", message, preference, recipient, "sending", null, at)) {
            return;
        }
        if (preference.equals("none")) {
            outcome(id, "skipped", "the customer wants no messages");
        } else if (recipient == null) {
            outcome(id, "skipped", "no " + (preference.equals("sms") ? "phone number" : "e-mail address") + " known");
        } else if (preference.equals("sms")) {
            outcome(id, "skipped", "no SMS gateway is configured");
        } else {
            email(id, recipient, message, secret);
        }
    }

    void supplierNeed(String eventId, String backorderId, String orderId, String productId, String subject,
                      String body, Instant at) {
        Message message = new Message(eventId, "supplier-need", null, backorderId, orderId, productId, subject, body);
        List<Map<String, Object>> supplier = jdbc.queryForList("select s.name, s.email from notification_product p "
                + "join notification_supplier s on s.supplier_id = p.preferred_supplier_id where p.product_id = ?",
                productId);
        String id = eventId + ":supplier";
        if (supplier.isEmpty()) {
            record(id, "supplier", message, "none", null, "recorded", "the product has no preferred supplier", at);
        } else if (supplier.get(0).get("email") == null) {
            record(id, "supplier", message, "none", null, "recorded",
                    "the preferred supplier " + supplier.get(0).get("name") + " has no e-mail address", at);
        } else if (record(id, "supplier", message, "email", (String) supplier.get(0).get("email"), "sending", null,
                at)) {
            email(id, (String) supplier.get(0).get("email"), message, null);
        }
    }

    private void email(String id, String recipient, Message message, String secret) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            outcome(id, "skipped", "no mail server is configured (spring.mail.host)");
            return;
        }
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(from);
        mailMessage.setTo(recipient);
        mailMessage.setSubject(message.subject());
        mailMessage.setText(secret == null ? message.body() : message.body().replace(SECRET, secret));
        try {
            sender.send(mailMessage);
            outcome(id, "sent", null);
        } catch (MailException e) {
            String detail = String.valueOf(e.getMessage());
            outcome(id, "failed", detail.length() > 1000 ? detail.substring(0, 1000) : detail);
        }
    }

    private boolean record(String id, String audience, Message message, String channel, String recipient,
                           String status, String detail, Instant at) {
        return jdbc.update("insert into notification_view (id, audience, kind, customer_id, backorder_id, order_id, "
                        + "product_id, channel, recipient, subject, body, status, detail, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                id, audience, message.kind(), message.customerId(), message.backorderId(), message.orderId(),
                message.productId(), channel, recipient, message.subject(), message.body(), status, detail,
                Timestamp.from(at)) == 1;
    }

    private void outcome(String id, String status, String detail) {
        jdbc.update("update notification_view set status = ?, detail = ? where id = ?", status, detail, id);
    }
}
