import ArgumentParser
import ChiSo
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the command; maps argument errors to exit code 2 and content errors to 1.
func runChiso() -> Never {
    do {
        var command = try Chiso.parseAsRoot()
        try command.run()
        exit(0)
    } catch let failure as ContentFailure {
        exit(failure.code)
    } catch {
        let code = Chiso.exitCode(for: error)
        if code == .success {
            print(Chiso.fullMessage(for: error))
            exit(0)
        }
        FileHandle.standardError.write(Chiso.fullMessage(for: error) + "\n")
        exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 2 : code.rawValue)
    }
}

runChiso()
