package io.countersign.labels;

/**
 * The main mark of a carton (UN/ECE Rec. 15): consignee initials, one reference (PO or invoice
 * number), destination, and the number of cartons — printed as "1/N" … "N/N".
 */
public record ShippingMarks(String consigneeInitials, String reference, String destination, int cartonsTotal) {
}
