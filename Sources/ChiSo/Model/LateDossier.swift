/// One dossier resolved late or still overdue (hồ sơ trễ hạn), from a period's late.csv.
public struct LateDossier: Hashable, Sendable {
    /// The dossier's code in the one-stop system (mã hồ sơ).
    public var code: String
    public var unitID: String
    /// The procedure's name (tên thủ tục).
    public var procedure: String
    public var received: Day
    public var due: Day
    /// Nil while the dossier is still pending.
    public var returned: Day?
    /// The day it was closed on the system, when that differs from `returned`.
    public var closed: Day?
    /// The unit's explanation (lý do, giải trình).
    public var reason: String
    /// Whether an apology letter was sent (thư xin lỗi).
    public var apology: Bool

    public init(
        code: String, unitID: String, procedure: String, received: Day, due: Day,
        returned: Day?, closed: Day?, reason: String, apology: Bool
    ) {
        self.code = code
        self.unitID = unitID
        self.procedure = procedure
        self.received = received
        self.due = due
        self.returned = returned
        self.closed = closed
        self.reason = reason
        self.apology = apology
    }

    /// Returned to the citizen by the due date but closed late on the system (seed 001).
    public var closedLateOnly: Bool {
        guard let returned, let closed else { return false }
        return returned <= due && closed > due
    }
}
