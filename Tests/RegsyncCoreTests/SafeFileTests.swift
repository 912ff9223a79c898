import Foundation
import Testing

@testable import RegsyncCore

@Suite("SafeFile: output files are created fresh and renamed into place")
struct SafeFileTests {
    /// A private folder under /tmp, removed afterwards.
    func folder() throws -> String {
        let path = "/tmp/regsync-safefile-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try SafeFile.makeDirectories(path)
        return path
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("writing replaces a link planted under the file's name and leaves its target alone")
    func replacesLink() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("precious".utf8).write(to: URL(fileURLWithPath: root + "/victim"))
        try FileManager.default.createSymbolicLink(atPath: root + "/out.csv", withDestinationPath: root + "/victim")
        try SafeFile.writeAtomically(Array("new".utf8), to: root + "/out.csv")
        #expect(contents(root + "/victim") == "precious")
        #expect(contents(root + "/out.csv") == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/out.csv")) == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/out.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("until committed the file has a temporary name; discarding leaves nothing")
    func temporaryUntilCommitted() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try SafeFile.create(path: root + "/r.csv")
        try writer.write(Array("a".utf8))
        #expect(!FileManager.default.fileExists(atPath: root + "/r.csv"))
        #expect(FileManager.default.fileExists(atPath: writer.temporaryPath))
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
        let kept = try SafeFile.create(path: root + "/r.csv")
        try kept.write(Array("b".utf8))
        try kept.commit()
        #expect(contents(root + "/r.csv") == "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["r.csv"])
    }

    @Test("folders are created with exactly the mode asked, whatever the umask")
    func folderModes() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let created = try SafeFile.prepareDirectory(root + "/a/b")
        #expect(created == [root + "/a", root + "/a/b"])
        for path in created {
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o700)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/a/b").isEmpty, "the probe is gone")
    }

    @Test("a folder anyone may write into is refused unless it has the sticky bit")
    func worldWritable() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        chmod(root, 0o777)
        #expect(throws: SafeFileError.self) { try SafeFile.create(path: root + "/x") }
        do {
            try SafeFile.checkDirectory(root)
        } catch {
            #expect(error.kind == .cannotCreate)
            #expect(error.outcome == .cannotCreate)
            #expect(error.description.contains(root))
        }
        chmod(root, 0o1777)
        try SafeFile.checkDirectory(root, probe: true)
    }

    @Test("a folder that cannot exist (under a file) is refused, naming it")
    func underFile() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data().write(to: URL(fileURLWithPath: root + "/file"))
        do {
            try SafeFile.prepareDirectory(root + "/file/rejects")
            Issue.record("a folder under a file was accepted")
        } catch {
            #expect(error.kind == .cannotCreate)
            #expect(error.path == root + "/file")
        }
    }

    @Test("a write that fails is an I/O error (74), not a crash")
    func writeFailure() throws {
        // /dev/full refuses every write with ENOSPC; write through a descriptor opened on it.
        let writer = SafeFileWriter(
            path: "/dev/full", temporaryPath: "/nonexistent", descriptor: open("/dev/full", O_WRONLY))
        do {
            try writer.write(Array(repeating: 0x41, count: 10))
            Issue.record("a write to a full device succeeded")
        } catch {
            #expect(error.kind == .cannotWrite)
            #expect(error.outcome == .ioError)
            #expect(error.errno == ENOSPC)
        }
        writer.discard()
    }
}
