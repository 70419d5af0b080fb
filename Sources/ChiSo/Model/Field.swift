/// A count reported for a unit and period (số liệu), keyed as in FORMAT.md's Fields table.
public enum Field: String, CaseIterable, Sendable, Codable {
    /// Carried over from the previous period (số kỳ trước chuyển qua).
    case carriedOver = "carried_over"
    /// Received online (tiếp nhận trực tuyến).
    case receivedOnline = "received_online"
    /// Received in person; includes postal when postal is not given apart (trực tiếp).
    case receivedDirect = "received_direct"
    /// Received by post (qua dịch vụ bưu chính công ích).
    case receivedPostal = "received_postal"
    /// Newly received (số mới tiếp nhận) = online + direct + postal.
    case received
    /// All dossiers to handle (tổng số) = carried over + received = resolved + pending + withdrawn.
    case total
    /// Resolved (đã giải quyết) = early + on time + late.
    case resolved
    /// Resolved before the due date (trả trước hạn).
    case resolvedEarly = "resolved_early"
    /// Resolved on time; includes early when early is not given apart (trả đúng hạn).
    case resolvedOnTime = "resolved_on_time"
    /// Resolved late (trả quá hạn).
    case resolvedLate = "resolved_late"
    /// Still being handled (đang giải quyết) = on time + overdue.
    case pending
    /// Pending and not yet due (trong hạn, chưa đến hạn).
    case pendingOnTime = "pending_on_time"
    /// Pending past the due date (đang giải quyết quá hạn).
    case pendingOverdue = "pending_overdue"
    /// Late dossiers (hồ sơ quá hạn, trễ hạn) = resolved late + pending overdue.
    case overdue
    /// Withdrawn or returned to the applicant (rút hồ sơ, trả lại).
    case withdrawn
    /// Digitised (đã số hóa), at most the received.
    case digitized
    /// Fully digitised on receipt (số hóa đầy đủ thành phần hồ sơ khi tiếp nhận).
    case fullyDigitized = "fully_digitized"
    /// Results digitised (số hóa kết quả), at most the resolved.
    case resultsDigitized = "results_digitized"
    /// Dossiers with fees or charges (hồ sơ có phí, lệ phí).
    case payable
    /// Paid online (thanh toán trực tuyến), at most the payable.
    case paidOnline = "paid_online"
    /// Electronic receipts issued (biên lai điện tử), at most the payable.
    case eReceipts = "e_receipts"
    /// Apology letters sent for late dossiers (thư xin lỗi), at most the overdue.
    case apologies

    /// The position of the field in `allCases`, for array storage (a switch: no hashing).
    public var index: Int {
        switch self {
        case .carriedOver: 0
        case .receivedOnline: 1
        case .receivedDirect: 2
        case .receivedPostal: 3
        case .received: 4
        case .total: 5
        case .resolved: 6
        case .resolvedEarly: 7
        case .resolvedOnTime: 8
        case .resolvedLate: 9
        case .pending: 10
        case .pendingOnTime: 11
        case .pendingOverdue: 12
        case .overdue: 13
        case .withdrawn: 14
        case .digitized: 15
        case .fullyDigitized: 16
        case .resultsDigitized: 17
        case .payable: 18
        case .paidOnline: 19
        case .eReceipts: 20
        case .apologies: 21
        }
    }
}
