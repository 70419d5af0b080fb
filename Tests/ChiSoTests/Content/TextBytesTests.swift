import Testing
@testable import ChiSo

@Suite("UTF-8 checks")
struct TextBytesTests {
    @Test("isUTF8, which skips ASCII eight bytes at a time, agrees with the byte-by-byte check on 5,000 seeded mutations")
    func fastCheckAgrees() {
        var random = SeededGenerator(seed: 16)
        let pieces = ["<c r=\"A1\">", "Xã Triều Đại", "17", "Phường Hương Sơ", "😀", "\u{FFFF}", " ", "đ"]
        for _ in 0..<5_000 {
            var bytes = (0..<Int.random(in: 0...12, using: &random)).flatMap { _ in Array(pieces.randomElement(using: &random)!.utf8) }
            for _ in 0..<Int.random(in: 0...2, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: bytes.indices, using: &random)] = UInt8.random(in: 0x80...0xFF, using: &random)
            }
            if Bool.random(using: &random), !bytes.isEmpty { bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &random)) }
            #expect(TextBytes.isUTF8(bytes) == (TextBytes.firstInvalidByte(bytes) == nil), "\(bytes)")
        }
    }
}
