#!/usr/bin/env bash
# Builds a real QEMU dump-guest-memory ELF core of a small Linux guest, with QEMU's own answers
# beside it, for DumpAgainstQemuTest (which is skipped when the dump is absent).
# Not part of the test run: it needs root (apt-get) and takes a few minutes under TCG.
#
#   releng/qemu-dumps/make-dump.sh [OUTDIR] [--la57 | --arch arm64]
#
# What it does:
#   1. apt-get installs QEMU, busybox-static and cpio (arm64: qemu-system-arm and gdb-multiarch, adds
#      the arm64 dpkg architecture); `apt-get download`s the Debian kernel package that
#      linux-image-amd64 (linux-image-arm64:arm64) depends on and takes vmlinuz out of it (dpkg-deb -x);
#   2. packs a busybox initramfs whose /init prints its own /proc/self/maps, then spins in a user-mode
#      shell loop (so CR3 / TTBR0_EL1 at the stop hold a user process's tables);
#   3. boots it with software emulation (-accel tcg, 512 MiB, 1 vCPU; --la57 uses -cpu max,+la57 so
#      the kernel turns on 5-level paging; arm64 is -M virt -cpu cortex-a57, nokaslr), waits for the
#      guest's READY line, stops the vCPU;
#   4. x86-64 (x86-answers.py): asks the monitor (QMP human-monitor-command) for `info registers`,
#      `info tlb`, `info mem` and `gva2gpa` of sampled addresses; arm64 (arm64-answers.py, run by
#      gdb-multiarch on QEMU's gdbstub): attaches until the vCPU is at EL1 in an exception from the
#      user loop, reads TTBR0/1_EL1, TCR_EL1 and more into registers.txt, asks `gva2gpa` of ~1900
#      kernel addresses, breaks on ELR_EL1 to get to EL0 in the same process, asks ~500 of its own;
#      then `dump-guest-memory` (ELF, no paging filter). qmp.py is the QMP client of both.
# OUTDIR (default /tmp/p2mdbg-qemu-dumps/x86_64, .../x86_64-la57 or .../arm64) receives guest.elf
# (~512 MiB), QEMU's answers and the times QEMU took.
# The test reads P2MDBG_QEMU_DUMPS (default /tmp/p2mdbg-qemu-dumps).
set -euo pipefail
la57=0
arch=x86_64
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --la57) la57=1 ;;
    --arch) arch=$2; shift ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) out=$1 ;;
  esac
  shift
done
case "$arch" in x86_64|arm64) ;; *) echo "make-dump: --arch is x86_64 or arm64, not $arch" >&2; exit 2 ;; esac
name=$arch
[ "$la57" = 1 ] && name=x86_64-la57
[ -n "$out" ] || out=/tmp/p2mdbg-qemu-dumps/$name
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need=()
command -v cpio >/dev/null || need+=(cpio)
if [ "$arch" = arm64 ]; then
  dpkg --print-foreign-architectures | grep -qx arm64 || { dpkg --add-architecture arm64; apt-get update -qq; }
  command -v qemu-system-aarch64 >/dev/null || need+=(qemu-system-arm)
  command -v gdb-multiarch >/dev/null || need+=(gdb-multiarch)
  debarch=arm64
else
  command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
  [ -x /bin/busybox ] && file /bin/busybox 2>/dev/null | grep -q static || need+=(busybox-static)
  debarch=amd64
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "make-dump: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "make-dump: python3 is needed to talk to QEMU's QMP socket" >&2; exit 2; }

# 1. the kernel (and for arm64 the guest's busybox)
kpkg=$(apt-cache depends "linux-image-$debarch:$debarch" | sed -n "s/^ *Depends: \(linux-image-[0-9].*-$debarch\)\(:$debarch\)\{0,1\}\$/\1/p" | head -1)
[ -n "$kpkg" ] || { echo "make-dump: cannot tell which kernel package linux-image-$debarch depends on (apt-get update first?)" >&2; exit 2; }
(cd "$work" && apt-get download -qq "$kpkg:$debarch" && dpkg-deb -x "$kpkg"_*.deb kernel)
vmlinuz=$(ls "$work"/kernel/boot/vmlinuz-* | head -1)
busybox=/bin/busybox
if [ "$arch" = arm64 ]; then
  (cd "$work" && apt-get download -qq busybox-static:arm64 && dpkg-deb -x busybox-static_*.deb busybox-arm64)
  busybox=$work/busybox-arm64/bin/busybox
fi

# 2. a busybox initramfs
mkdir -p "$work/initramfs/bin" "$work/initramfs/proc" "$work/initramfs/sys" "$work/initramfs/dev"
cp "$busybox" "$work/initramfs/bin/busybox"
cat > "$work/initramfs/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
echo P2MDBG-MAPS; cat /proc/$$/maps
echo "P2MDBG-READY la57=$(grep -c la57 /proc/cpuinfo)"
while :; do :; done
INIT
chmod +x "$work/initramfs/init"
(cd "$work/initramfs" && find . | cpio -o -H newc --quiet | gzip -1 > "$work/initrd.gz")

# 3. boot under TCG
gdb_port=$((20000 + $$ % 10000))
if [ "$arch" = arm64 ]; then
  qemu=(qemu-system-aarch64 -M virt -cpu cortex-a57 -gdb tcp:127.0.0.1:$gdb_port)
  console=ttyAMA0
else
  cpu=qemu64
  [ "$la57" = 1 ] && cpu=max,+la57
  qemu=(qemu-system-x86_64 -cpu "$cpu")
  console=ttyS0
fi
nice -n 10 "${qemu[@]}" -accel tcg -m 512M -smp 1 -nographic -no-reboot \
  -kernel "$vmlinuz" -initrd "$work/initrd.gz" -append "console=$console quiet panic=-1 nokaslr" \
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
here=$(cd "$(dirname "$0")" && pwd)
if [ "$arch" = arm64 ]; then
  # attach gdb until it finds the vCPU in an exception from the user loop; each miss detaches and lets it run
  for try in $(seq 1 100); do
    rc=0
    P2MDBG_SCRIPTS="$here" P2MDBG_OUT="$out" P2MDBG_GDB_PORT="$gdb_port" P2MDBG_QMP="$work/qmp.sock" \
      P2MDBG_SERIAL="$work/serial.log" \
      gdb-multiarch -q -batch -nx -x "$here/arm64-answers.py" > "$work/gdb.out" 2>&1 || rc=$?
    [ "$rc" != 3 ] && break
    sleep 0.$((RANDOM % 9 + 1))
  done
  [ "$rc" = 0 ] || { echo "make-dump: gdb (try $try) ended with $rc:" >&2; tail -20 "$work/gdb.out" >&2; exit 1; }
  echo "attempts to find the vCPU in an exception from the user loop: $try" >> "$out/qemu-times.txt"
  cat "$out/gva2gpa-el1.txt" "$out/gva2gpa-el0.txt" > "$out/gva2gpa.txt"
else
  python3 "$here/x86-answers.py" "$work/qmp.sock" "$out"
fi
wait $qemu_pid 2>/dev/null || true
cp "$work/serial.log" "$out/serial.log"
echo "make-dump: wrote $out:" >&2
ls -la "$out" >&2
cat "$out/qemu-times.txt" >&2
