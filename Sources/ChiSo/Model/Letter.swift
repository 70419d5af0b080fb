/// The cover letter (công văn) a printed period report is attached to: «Kèm theo Công văn số … ngày …».
public struct Letter: Hashable, Sendable {
    /// `125/UBND-VP`.
    public var number: String?
    /// The day it was signed.
    public var date: Day?

    public init(number: String? = nil, date: Day? = nil) {
        self.number = number
        self.date = date
    }
}
