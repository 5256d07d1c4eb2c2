"""What is done to rendered files afterwards: PDF date stamps that look like the collection time,
PNG recompression, image-only (scanned) PDFs.
"""
import os
import re
import struct
import zlib

def fix_pdf_dates(path, stamp):
    """Chromium stamps the render time; make it look like the collection time (same length)."""
    with open(path, "rb") as f:
        b = f.read()
    b = re.sub(rb"\(D:\d{14}", b"(D:" + stamp.encode(), b)
    with open(path, "wb") as f:
        f.write(b)


PDF_DATE = re.compile(rb"D:\d{14}(?:[+-]\d\d'\d\d'?|Z)?")
XMP_DATE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z|\.\d+)?")


def set_pdf_dates(path, when):
    """Rewrite the PDF's creation/modification stamps (Info and uncompressed XMP) to `when`
    (datetime, +08:00), keeping every byte offset (same-length replacement)."""
    data = open(path, "rb").read()

    def info(m):
        s = m.group(0)
        rep = b"D:" + when.strftime("%Y%m%d%H%M%S").encode()
        tail = s[16:]
        if tail.startswith((b"+", b"-")) and len(tail) >= 6:
            tail = b"+08'00" + tail[6:]
        return rep + tail

    def xmp(m):
        s = m.group(0)
        rep = when.strftime("%Y-%m-%dT%H:%M:%S").encode()
        tail = s[19:]
        if tail.startswith((b"+", b"-")) and len(tail) == 6:
            tail = b"+08:00"
        return rep + tail

    data = PDF_DATE.sub(info, data)
    data = XMP_DATE.sub(xmp, data)
    open(path, "wb").write(data)


def jpeg_size(data):
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(data[i + 5:i + 7], "big")
            w = int.from_bytes(data[i + 7:i + 9], "big")
            return w, h
        seg = int.from_bytes(data[i + 2:i + 4], "big")
        i += 2 + seg
    raise ValueError("no SOF in jpeg")


def image_pdf(jpegs, out, producer, when):
    """An image-only PDF (a scan): one JPEG per A4 page, no text layer."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(None)
    pages = add(None)
    kids = []
    for jp in jpegs:
        w, h = jpeg_size(jp)
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jp)) + jp + b"\nendstream")
        content = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
        cs = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pages, img, cs)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    stamp = when.strftime("D:%Y%m%d%H%M%S+08'00'").encode()
    info = add(b"<< /Producer (" + producer.encode() + b") /Creator (" + producer.encode() + b") /CreationDate (" + stamp + b") /ModDate (" + stamp + b") >>")
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
        f.write(bytes(buf))


def repack_png(path):
    """Recompress a PNG's image data at zlib level 9 (Chromium writes fast, large PNGs)."""
    with open(path, "rb") as f:
        b = f.read()
    sig, i, chunks, idat = b[:8], 8, [], b""
    while i < len(b):
        n = struct.unpack(">I", b[i:i + 4])[0]
        t = b[i + 4:i + 8]
        d = b[i + 8:i + 8 + n]
        i += 12 + n
        if t == b"IDAT":
            idat += d
            if not any(c[0] == b"IDAT" for c in chunks):
                chunks.append((b"IDAT", None))
        else:
            chunks.append((t, d))
    raw = zlib.compress(zlib.decompress(idat), 9)
    out = sig
    for t, d in chunks:
        if t == b"IDAT":
            d = raw
        out += struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    if len(out) < len(b):
        with open(path, "wb") as f:
            f.write(out)
