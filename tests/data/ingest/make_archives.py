#!/usr/bin/env python3
"""Writes the archives the ingest tests read, into the directory given as argv[1].

Real files, made at test time: a GBK-named zip as Chinese Windows writes it (no UTF-8 flag),
Info-ZIP-style UTF-8 names without the flag, path escapes, links, a device entry, an encrypted
zip, a 1 GiB-of-zeros bomb (built from repeated deflate blocks, so it takes a second, not 20),
a truncated zip, tarballs in every compression, a lone .gz, and nested archives.
"""
import io
import os
import struct
import subprocess
import sys
import tarfile
import zipfile
import zlib

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def p(name):
    return os.path.join(out, name)


class RawNameInfo(zipfile.ZipInfo):
    """A ZipInfo whose name bytes are written verbatim with the given flag bits."""

    def __init__(self, raw, flags=0):
        super().__init__(raw.decode("latin-1"))
        self._raw = raw
        self._flags = flags

    def _encodeFilenameFlags(self):
        return self._raw, self._flags


# 1. GBK names without the UTF-8 flag, plus a UTF-8 name without the flag (Info-ZIP style).
with zipfile.ZipFile(p("gbk.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(RawNameInfo("政务公开/通知.txt".encode("gbk")), "关于政务公开的通知\n".encode("utf-8"))
    z.writestr(RawNameInfo("预算公开表.txt".encode("gbk")), b"budget\n")
    z.writestr(RawNameInfo("解读材料.txt".encode("utf-8")), b"utf8 name, no flag\n")

# 2. Unsafe entries mixed with good ones (zip).
with zipfile.ZipFile(p("unsafe.zip"), "w") as z:
    z.writestr("good/ok.txt", b"fine\n")
    z.writestr("../../evil.txt", b"escape\n")
    z.writestr("ok/../../x.txt", b"escape too\n")
    z.writestr("/abs.txt", b"absolute\n")
    link = zipfile.ZipInfo("link-out")
    link.create_system = 3
    link.external_attr = (0o120777 << 16)
    z.writestr(link, "/etc/passwd")
    z.writestr("good/also.txt", b"also fine\n")

# 3. Tar with a hard link, a symlink and a character device.
with tarfile.open(p("special.tar"), "w") as t:
    data = b"regular\n"
    ti = tarfile.TarInfo("dir/regular.txt")
    ti.size = len(data)
    t.addfile(ti, io.BytesIO(data))
    hl = tarfile.TarInfo("dir/hard")
    hl.type = tarfile.LNKTYPE
    hl.linkname = "dir/regular.txt"
    t.addfile(hl)
    sl = tarfile.TarInfo("dir/sym")
    sl.type = tarfile.SYMTYPE
    sl.linkname = "../../../etc/shadow"
    t.addfile(sl)
    dev = tarfile.TarInfo("dir/null")
    dev.type = tarfile.CHRTYPE
    dev.devmajor, dev.devminor = 1, 3
    t.addfile(dev)

# 4. Encrypted zip (ZipCrypto) with one plain member, via Info-ZIP.
os.makedirs(p("enc_src"), exist_ok=True)
with open(p("enc_src/secret.txt"), "wb") as f:
    f.write(b"secret\n" * 10)
with open(p("enc_src/plain.txt"), "wb") as f:
    f.write(b"plain\n")
subprocess.run(["zip", "-q", "-P", "pw", p("encrypted.zip"), "secret.txt"], cwd=p("enc_src"), check=True)
subprocess.run(["zip", "-q", p("encrypted.zip"), "plain.txt"], cwd=p("enc_src"), check=True)

# 5. 1 GiB of zeros in ~1 MB: the same full-flushed deflate block repeated.
MiB = 1 << 20
comp = zlib.compressobj(9, zlib.DEFLATED, -15)
zeros = bytes(MiB)
block = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
block2 = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
tail = comp.flush(zlib.Z_FINISH)
n_blocks = 1024
crc = 0
for _ in range(n_blocks):
    crc = zlib.crc32(zeros, crc)
with open(p("bomb.zip"), "wb") as f:
    name = b"zeros.bin"
    usize = n_blocks * MiB
    csize = len(block) + len(block2) * (n_blocks - 1) + len(tail)
    f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, csize, usize, len(name), 0))
    f.write(name)
    f.write(block)
    for _ in range(n_blocks - 1):
        f.write(block2)
    f.write(tail)
    cd_off = f.tell()
    f.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, csize, usize,
                        len(name), 0, 0, 0, 0, 0, 0))
    f.write(name)
    cd_size = f.tell() - cd_off
    f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, cd_size, cd_off, 0))

# 6. A zip cut in the middle (no central directory): the first members are still readable.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
    for i in range(4):
        z.writestr(f"part{i}.txt", (f"member {i}\n" * 2000).encode())
raw = buf.getvalue()
with open(p("truncated.zip"), "wb") as f:
    f.write(raw[: int(len(raw) * 0.6)])

# 7. Tarballs in every compression, a lone .gz, a 7z.
members = {"docs/a.txt": b"alpha\n", "docs/b.txt": b"beta\n"}
for mode, ext in (("w:gz", "tar.gz"), ("w:bz2", "tar.bz2"), ("w:xz", "tar.xz"), ("w", "tar")):
    with tarfile.open(p("set." + ext), mode) as t:
        for n, d in members.items():
            ti = tarfile.TarInfo(n)
            ti.size = len(d)
            t.addfile(ti, io.BytesIO(d))
import gzip
with gzip.open(p("report.txt.gz"), "wb") as f:
    f.write("报告正文\n".encode("utf-8"))
os.makedirs(p("7z_src/图片"), exist_ok=True)
with open(p("7z_src/图片/说明.txt"), "wb") as f:
    f.write("七号压缩\n".encode("utf-8"))
subprocess.run(["7z", "a", "-bd", "-bso0", "-bsp0", p("set.7z"), "图片"], cwd=p("7z_src"), check=True)
subprocess.run(["7z", "a", "-bd", "-bso0", "-bsp0", "-pPW", "-mhe=on", p("headers-encrypted.7z"), "图片"],
               cwd=p("7z_src"), check=True)

# 8. Nested: outer.zip holds inner.zip (holding deep.tar.gz holding leaf.txt) and a plain file;
#    deep4.zip nests four levels (the fourth is too deep).
def zip_bytes(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in entries.items():
            z.writestr(n, d)
    return b.getvalue()


def targz_bytes(entries):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w:gz") as t:
        for n, d in entries.items():
            ti = tarfile.TarInfo(n)
            ti.size = len(d)
            t.addfile(ti, io.BytesIO(d))
    return b.getvalue()


deep = targz_bytes({"leaf.txt": b"leaf level 3\n"})
inner = zip_bytes({"d/deep.tar.gz": deep, "inner.txt": b"level 2\n"})
with open(p("outer.zip"), "wb") as f:
    f.write(zip_bytes({"inner.zip": inner, "top.txt": b"level 1\n"}))
l4 = zip_bytes({"l4.txt": b"level 4\n"})
l3 = zip_bytes({"l4.zip": l4, "l3.txt": b"level 3 file\n"})
l2 = zip_bytes({"l3.zip": l3})
with open(p("deep4.zip"), "wb") as f:
    f.write(zip_bytes({"l2.zip": l2}))
