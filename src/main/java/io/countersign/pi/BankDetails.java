package io.countersign.pi;

/** Where the buyer pays; all parts printed as given (empty strings for absent optional parts). */
public record BankDetails(String beneficiary, String bankName, String bankAddress, String account, String swift) {
}
