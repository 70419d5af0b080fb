/// An indicator of FORMAT.md's catalogue (chỉ số): what is computed, ranked and charted.
public enum Indicator: String, CaseIterable, Sendable, Codable {
    case onTimeRate = "on_time_rate"
    case progressRate = "progress_rate"
    case overdue
    case overdueRate = "overdue_rate"
    case onlineRate = "online_rate"
    case digitizationRate = "digitization_rate"
    case fullDigitizationRate = "full_digitization_rate"
    case resultDigitizationRate = "result_digitization_rate"
    case onlinePaymentRate = "online_payment_rate"
    case eReceiptRate = "e_receipt_rate"
    case apologyRate = "apology_rate"
    case intakePerDay = "intake_per_day"

    /// The position in `allCases`, for array storage.
    public var index: Int {
        switch self {
        case .onTimeRate: 0
        case .progressRate: 1
        case .overdue: 2
        case .overdueRate: 3
        case .onlineRate: 4
        case .digitizationRate: 5
        case .fullDigitizationRate: 6
        case .resultDigitizationRate: 7
        case .onlinePaymentRate: 8
        case .eReceiptRate: 9
        case .apologyRate: 10
        case .intakePerDay: 11
        }
    }

    /// Which way is better; nil for an indicator that is not ranked.
    public enum Direction: Sendable { case higher, lower }

    public var better: Direction? {
        switch self {
        case .overdue, .overdueRate: .lower
        case .intakePerDay: nil
        default: .higher
        }
    }

    /// True for a percentage (0 to 100), false for a count or a per-day figure.
    public var isPercentage: Bool { self != .overdue && self != .intakePerDay }

    /// The rates a table may report as percentages, used where the counts behind them are missing.
    public static let reportable: [Indicator] = [
        .onlineRate, .digitizationRate, .fullDigitizationRate, .resultDigitizationRate, .onlinePaymentRate, .eReceiptRate, .onTimeRate,
    ]

    /// A percentage's counts: the sum of `numerator` over the sum of `denominator`, times 100.
    public var formula: (numerator: [Field], denominator: [Field])? {
        switch self {
        case .onTimeRate: ([.resolvedEarly, .resolvedOnTime], [.resolved])
        case .progressRate: ([.resolvedEarly, .resolvedOnTime, .pendingOnTime], [.resolved, .pending])
        case .overdueRate: ([.overdue], [.resolved, .pending])
        case .onlineRate: ([.receivedOnline], [.received])
        case .digitizationRate: ([.digitized], [.received])
        case .fullDigitizationRate: ([.fullyDigitized], [.received])
        case .resultDigitizationRate: ([.resultsDigitized], [.resolved])
        case .onlinePaymentRate: ([.paidOnline], [.payable])
        case .eReceiptRate: ([.eReceipts], [.payable])
        case .apologyRate: ([.apologies], [.overdue])
        case .overdue, .intakePerDay: nil
        }
    }
}
