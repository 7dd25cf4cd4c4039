"""QEMU's QMP socket, and the answers both generators save: gva2gpa of sampled addresses, the dump."""
import json, socket, time


class Qmp:
    def __init__(self, path):
        s = socket.socket(socket.AF_UNIX)
        s.connect(path)
        self.f = s.makefile("rw")
        json.loads(self.f.readline())
        self.cmd("qmp_capabilities")
        self.times = {}

    def cmd(self, name, **args):
        self.f.write(json.dumps({"execute": name, "arguments": args}) + "\n")
        self.f.flush()
        while True:
            r = json.loads(self.f.readline())
            if "error" in r:
                raise SystemExit("QMP %s: %s" % (name, r["error"]))
            if "return" in r:
                return r["return"]

    def hmp(self, line):
        return self.cmd("human-monitor-command", **{"command-line": line})

    def timed_hmp(self, line):
        t = time.perf_counter()
        answer = self.hmp(line)
        self.times[line] = time.perf_counter() - t
        return answer

    def gva2gpa(self, vas, path):
        """One line per address, "0xVA gpa: 0xPA" or "0xVA Unmapped", as the tests read them."""
        with open(path, "w") as g:
            for va in vas:
                g.write("%#x %s\n" % (va, self.hmp("gva2gpa %#x" % va).strip()))

    def dump_and_quit(self, out, notes=()):
        t = time.perf_counter()
        self.cmd("dump-guest-memory", paging=False, protocol="file:" + out + "/guest.elf")
        self.times["dump-guest-memory"] = time.perf_counter() - t
        with open(out + "/qemu-times.txt", "w") as g:
            for k, v in self.times.items():
                g.write("%s %.3f s\n" % (k, v))
            for n in notes:
                g.write(n + "\n")
        self.cmd("quit")
