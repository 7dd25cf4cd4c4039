#!/usr/bin/env bash
# Builds a real QEMU dump-guest-memory ELF core of a small x86-64 Linux guest, with QEMU's own
# answers beside it, for DumpAgainstQemuTest (which is skipped when the dump is absent).
# Not part of the test run: it needs root (apt-get) and takes a few minutes under TCG.
#
#   releng/qemu-dumps/make-dump.sh [OUTDIR] [--la57]
#
# What it does:
#   1. apt-get installs qemu-system-x86, busybox-static and cpio; `apt-get download`s the Debian
#      kernel package that linux-image-amd64 depends on and takes vmlinuz out of it (dpkg-deb -x);
#   2. packs a busybox initramfs whose /init spins in a user-mode shell loop (so CR3 at the stop
#      holds a user process's tables, kernel half included);
#   3. boots it with software emulation (-accel tcg, 512 MiB, 1 vCPU; --la57 uses -cpu max,+la57 so
#      the kernel turns on 5-level paging), waits for the guest's READY line, stops the vCPU;
#   4. asks the monitor (QMP human-monitor-command) for `info registers`, `info tlb`, `info mem`
#      and `gva2gpa` of sampled addresses, then runs `dump-guest-memory` (ELF, no paging filter).
# OUTDIR (default /tmp/p2mdbg-qemu-dumps/x86_64 or .../x86_64-la57) receives guest.elf (~512 MiB),
# info-registers.txt, info-tlb.txt, info-mem.txt, gva2gpa.txt and the times QEMU took.
# The test reads P2MDBG_QEMU_DUMPS (default /tmp/p2mdbg-qemu-dumps).
set -euo pipefail
la57=0
out=""
for a in "$@"; do
  case "$a" in
    --la57) la57=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) out=$a ;;
  esac
done
if [ -z "$out" ]; then
  out=/tmp/p2mdbg-qemu-dumps/x86_64
  [ "$la57" = 1 ] && out=/tmp/p2mdbg-qemu-dumps/x86_64-la57
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
[ -x /bin/busybox ] && file /bin/busybox 2>/dev/null | grep -q static || need+=(busybox-static)
command -v cpio >/dev/null || need+=(cpio)
if [ ${#need[@]} -gt 0 ]; then
  echo "make-dump: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "make-dump: python3 is needed to talk to QEMU's QMP socket" >&2; exit 2; }

# 1. the kernel
kpkg=$(apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -1)
[ -n "$kpkg" ] || { echo "make-dump: cannot tell which kernel package linux-image-amd64 depends on (apt-get update first?)" >&2; exit 2; }
(cd "$work" && apt-get download -qq "$kpkg" && dpkg-deb -x "$kpkg"_*.deb kernel)
vmlinuz=$(ls "$work"/kernel/boot/vmlinuz-* | head -1)

# 2. a busybox initramfs
mkdir -p "$work/initramfs/bin" "$work/initramfs/proc" "$work/initramfs/sys" "$work/initramfs/dev"
cp /bin/busybox "$work/initramfs/bin/busybox"
cat > "$work/initramfs/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
echo "P2MDBG-READY la57=$(grep -c la57 /proc/cpuinfo)"
while :; do :; done
INIT
chmod +x "$work/initramfs/init"
(cd "$work/initramfs" && find . | cpio -o -H newc --quiet | gzip -1 > "$work/initrd.gz")

# 3. boot under TCG
cpu=qemu64
[ "$la57" = 1 ] && cpu=max,+la57
qemu-system-x86_64 -accel tcg -cpu "$cpu" -m 512M -smp 1 -nographic -no-reboot \
  -kernel "$vmlinuz" -initrd "$work/initrd.gz" -append "console=ttyS0 quiet panic=-1 nokaslr" \
  -qmp unix:"$work/qmp.sock",server=on,wait=off -serial file:"$work/serial.log" -monitor none \
  > "$work/qemu.out" 2>&1 &
qemu_pid=$!
trap 'kill $qemu_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  grep -q P2MDBG-READY "$work/serial.log" 2>/dev/null && break
  kill -0 $qemu_pid 2>/dev/null || { echo "make-dump: QEMU exited:" >&2; cat "$work/qemu.out" >&2; exit 1; }
  sleep 1
done
grep -q P2MDBG-READY "$work/serial.log" || { echo "make-dump: the guest did not boot in 10 minutes; serial log:" >&2; tail -20 "$work/serial.log" >&2; exit 1; }
sleep 2

# 4. QEMU's answers and the dump
python3 - "$work/qmp.sock" "$out" <<'PY'
import json, random, socket, sys, time
sock_path, out = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX); s.connect(sock_path)
f = s.makefile("rw")
def cmd(name, **args):
    f.write(json.dumps({"execute": name, "arguments": args}) + "\n"); f.flush()
    while True:
        r = json.loads(f.readline())
        if "return" in r or "error" in r:
            if "error" in r: raise SystemExit("QMP %s: %s" % (name, r["error"]))
            return r["return"]
def hmp(line):
    return cmd("human-monitor-command", **{"command-line": line})
json.loads(f.readline()); cmd("qmp_capabilities")
cmd("stop")
times = {}
open(out + "/info-registers.txt", "w").write(hmp("info registers"))
t = time.perf_counter(); tlb = hmp("info tlb"); times["info tlb"] = time.perf_counter() - t
open(out + "/info-tlb.txt", "w").write(tlb)
t = time.perf_counter(); mem = hmp("info mem"); times["info mem"] = time.perf_counter() - t
open(out + "/info-mem.txt", "w").write(mem)
lines = [l for l in tlb.splitlines() if ": " in l]
rnd = random.Random(9)
vas = []
for l in rnd.sample(lines, min(150, len(lines))):
    va = int(l.split(":")[0], 16); vas.append(va + rnd.randrange(0, 4096))
vas += [0x0, 0x1000, 0xdead0000, 0x00007fff00000000, 0xffff800000000000]
with open(out + "/gva2gpa.txt", "w") as g:
    for va in vas:
        g.write("%#x %s\n" % (va, hmp("gva2gpa %#x" % va).strip()))
t = time.perf_counter(); cmd("dump-guest-memory", paging=False, protocol="file:" + out + "/guest.elf"); times["dump-guest-memory"] = time.perf_counter() - t
with open(out + "/qemu-times.txt", "w") as g:
    for k, v in times.items(): g.write("%s %.3f s\n" % (k, v))
    g.write("info tlb lines %d\n" % len(lines))
cmd("quit")
PY
wait $qemu_pid 2>/dev/null || true
cp "$work/serial.log" "$out/serial.log"
echo "make-dump: wrote $out:" >&2
ls -la "$out" >&2
cat "$out/qemu-times.txt" >&2
