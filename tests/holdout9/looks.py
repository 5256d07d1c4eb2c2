"""Hold-out 9's own page looks: five county CMS / 信息公开平台 designs, phone pages (WeChat, Weibo, a
政务APP), phone photos of screens and of paper, colour/grey scans of red-header documents and plain
printable documents. Every page function returns (html, (w, h, q)); doc() returns printable html.
Nothing here is shared with another hold-out."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))

from evidence.templates import FONT, SERIF, esc, html_doc  # noqa: E402

SONG = "'WenQuanYi Zen Hei','WenQuanYi Micro Hei',serif"


def ps(paras):
    out = []
    for x in paras:
        if isinstance(x, tuple):
            cl, t = x
            if cl == "raw":
                out.append(t)
            else:
                out.append(f'<p class="{cl}">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(x)}</p>")
    return "".join(out)


def table(rows, head=True):
    h = ""
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and head) else "td"
        h += "<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>"
    return f"<table>{h}</table>"


# ------------------------------------------------------------------------------------------------
# Browser chrome + taskbar around a desktop page

CHROME = """
.bw{position:absolute;left:0;top:0;width:%(w)dpx;height:%(h)dpx;overflow:hidden;background:#fff}
.bt{height:36px;background:#dee1e6;padding:6px 0 0 8px;white-space:nowrap}
.bt span{display:inline-block;height:30px;line-height:30px;padding:0 14px;font-size:12px;color:#3c4043;width:220px;overflow:hidden;vertical-align:top}
.bt span.a{background:#fff;border-radius:8px 8px 0 0}
.ba{height:38px;background:#fff;border-bottom:1px solid #dadce0;padding:5px 10px 0 96px;position:relative}
.ba:before{content:'\\2190  \\2192  \\21bb';position:absolute;left:14px;top:8px;color:#5f6368;font-size:15px;letter-spacing:2px}
.ba div{background:#f1f3f4;border-radius:15px;height:28px;line-height:28px;padding:0 16px;font-size:13px;color:#202124;font-family:Arial,%(font)s}
.ba div i{font-style:normal;color:#5f6368;margin-right:6px}
.bv{position:absolute;top:75px;left:0;right:0;bottom:%(tb)dpx;overflow:hidden}
.tb{position:absolute;left:0;right:0;bottom:0;height:%(tb)dpx;background:#1f2a36;color:#fff;font-family:'Microsoft YaHei',%(font)s}
.tb .w{float:left;width:46px;height:100%%;background:linear-gradient(#2f89d8,#1766b3)}
.tb .q{float:left;width:240px;height:100%%;background:#f3f3f3;color:#666;font-size:13px;line-height:%(tb)dpx;padding-left:12px}
.tb .i{float:left;width:42px;height:70%%;margin:6px 3px;background:#3a4a5c;border-bottom:2px solid #86b7ff}
.tb .c{float:right;text-align:center;font-size:12px;line-height:17px;padding:4px 14px 0}
.tb .n{float:right;font-size:12px;line-height:%(tb)dpx;padding:0 6px;color:#ccc}
"""


def framed(css, body, w, h, url, clock, tabs, q=70):
    """A desktop page inside a Chrome window with a Windows taskbar (clock = (time, date))."""
    tb = 40
    tabh = "".join(f'<span class="{"a" if i == 0 else ""}">{esc(t)}</span>' for i, t in enumerate(tabs))
    inner = (f'<div class="bw"><div class="bt">{tabh}</div><div class="ba"><div><i>&#9432;</i>{esc(url)}</div></div>'
             f'<div class="bv">{body}</div><div class="tb"><div class="w"></div><div class="q">在这里输入你要搜索的内容</div>'
             f'<div class="i"></div><div class="i"></div><div class="i"></div><div class="c">{esc(clock[0])}<br>{esc(clock[1])}</div>'
             f'<div class="n">&#8743;　中　&#9636;</div></div></div>')
    return html_doc(tabs[0], css + CHROME % {"w": w, "h": h, "tb": tb, "font": FONT}, inner), (w, h, q)


PRINT = """
@page{size:A4;margin:0}
body{overflow:visible!important;background:#fff!important;width:auto!important}
.pz{zoom:%(z)s;margin:13mm 8mm 0 8mm}
.ph,.pf{position:fixed;left:7mm;right:7mm;font:10px Arial,%(font)s;color:#222;display:flex;justify-content:space-between;z-index:9}
.ph{top:4mm}.pf{bottom:4mm}
"""


def print_html(css, body, p):
    """A desktop page printed from Chrome to PDF: shrunk to the A4 width, Chrome's own header (print
    date and time, page title) and footer (URL, page number) drawn in the margins."""
    z = p.get("print_zoom") or (0.54 if p.get("w", 1366) < 1920 else 0.5)
    pr = p["print"]
    head = f'<div class="ph"><span>{esc(pr["when"])}</span><span>{esc(p.get("tab", p.get("title", "")))}</span><span></span></div>'
    foot = f'<div class="pf"><span>{esc(pr["url"])}</span><span>1/1</span></div>'
    return html_doc(p.get("tab", p.get("title", "")), css + PRINT % {"z": z, "font": FONT}, head + f'<div class="pz">{body}</div>' + foot)


def shoot_page(css, body, p):
    if p.get("print"):
        return print_html(css, body, p), None
    w = p.get("w", 1366)
    h = p.get("h", 768 if w == 1366 else 1080)
    if p.get("frame"):
        f = p["frame"]
        return framed(css, body, w, h, f["url"], f["clock"], [p.get("tab", p.get("title", "")), *f.get("tabs", ["新标签页"])], p.get("q", 70))
    return html_doc(p.get("tab", p.get("title", "")), css, body), (w, h, p.get("q", 72))


# ------------------------------------------------------------------------------------------------
# Look A "azure": navy gradient header, left column menu, labelled meta line, dark blue footer

AZURE = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%(font)s;background:#eef2f7;color:#333;font-size:14px}
.top{height:30px;line-height:30px;background:#f8f8f8;border-bottom:1px solid #ddd;font-size:12px;color:#666}
.top .in,.hd .in,.nv .in,.ct,.ft .in{width:%(cw)dpx;margin:0 auto}
.top .r{float:right}
.hd{height:120px;background:linear-gradient(90deg,#0b3d7a,#1d64b8 60%%,#3a8ee0)}
.hd .in{position:relative;height:120px}
.hd .em{position:absolute;left:0;top:28px;width:64px;height:64px;border-radius:50%%;background:radial-gradient(#ffe27a,#e0a800);border:3px solid #fff3}
.hd .nm{position:absolute;left:82px;top:30px;color:#fff;font-size:36px;letter-spacing:6px;font-weight:bold;text-shadow:0 2px 3px #0005}
.hd .en{position:absolute;left:84px;top:78px;color:#cfe3ff;font-size:12px;letter-spacing:2px}
.hd .sr{position:absolute;right:0;top:44px;width:300px;height:34px;background:#fff;border-radius:17px;color:#999;line-height:34px;padding-left:16px;font-size:13px}
.nv{background:#0a3263;height:46px}
.nv a{display:inline-block;color:#fff;font-size:16px;line-height:46px;padding:0 26px}
.nv a.on{background:#f2a100}
.ct{display:flex;margin-top:14px;margin-bottom:14px}
.lm{width:220px;background:#fff;border-top:3px solid #1d64b8;align-self:flex-start}
.lm h3{background:#1d64b8;color:#fff;font-size:17px;padding:12px 16px}
.lm li{list-style:none;border-bottom:1px solid #e6ebf2;padding:11px 20px;font-size:14px}
.lm li.on{color:#1d64b8;font-weight:bold;background:#eef5ff}
.mn{flex:1;margin-left:16px;background:#fff;padding:14px 30px 30px;min-height:900px}
.cr{font-size:12px;color:#888;padding-bottom:10px;border-bottom:1px solid #e6e6e6;margin-bottom:16px}
.cr b{font-weight:normal;color:#1d64b8}
h1{font-size:22px;text-align:center;color:#0b3d7a;line-height:34px;margin:10px 0}
.mt{text-align:center;color:#999;font-size:12px;padding:8px 0 12px;border-bottom:1px solid #e6e6e6;margin-bottom:18px}
.mt span{margin:0 10px}
.tx p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}
.tx p.r{text-align:right}.tx p.c{text-align:center;text-indent:0;font-weight:bold}.tx p.n{text-indent:0}
.tx table{border-collapse:collapse;width:100%%;margin:8px 0;font-size:13px}.tx td,.tx th{border:1px solid #c9d6e6;padding:5px;text-align:center}.tx th{background:#eaf2fc}
.at{margin-top:18px;font-size:13px;color:#1d64b8}
.rl{margin-top:20px;border-top:1px solid #e6e6e6;padding-top:10px}.rl h4{font-size:14px;color:#0b3d7a;margin-bottom:6px}
.rl li{list-style:none;font-size:13px;line-height:26px;color:#555}.rl li i{font-style:normal;color:#aaa;margin-left:12px}
.ls li{list-style:none;display:flex;border-bottom:1px dashed #dde3ea;line-height:42px;font-size:15px}
.ls li:before{content:'\\25AA';color:#1d64b8;margin-right:10px}
.ls li b{flex:1;font-weight:normal}.ls li i{font-style:normal;color:#999}
.ls h2{font-size:18px;color:#0b3d7a;border-bottom:2px solid #1d64b8;padding-bottom:8px;margin-bottom:8px}
.pg{text-align:center;margin-top:18px;font-size:12px;color:#666}.pg span{display:inline-block;border:1px solid #ddd;padding:3px 9px;margin:0 2px}
.ft{background:#0a3263;color:#b7c9e2;font-size:12px;line-height:24px;padding:18px 0}
.ft .in{display:flex}.ft .bz{width:60px;height:60px;background:#c8141e;color:#fff;font-size:11px;text-align:center;line-height:16px;padding-top:8px;margin-right:20px}
"""


def azure(p):
    cw = 1200 if p.get("w", 1366) >= 1920 else 1140
    css = AZURE % {"font": FONT, "cw": cw}
    nav = "".join(f'<a class="{"on" if n == p.get("on", "信息公开") else ""}">{esc(n)}</a>'
                  for n in ["网站首页", "信息公开", "政务服务", "政民互动", "魅力霸州", "专题专栏"])
    menu = "".join(f'<li class="{"on" if m == p.get("menu_on") else ""}">{esc(m)}</li>' for m in p.get("menu", []))
    cr = '<div class="cr">您的位置：<b>首页</b> &gt;&gt; ' + " &gt;&gt; ".join(esc(c) for c in p["crumb"]) + "</div>"
    if p.get("listing") is not None:
        li = "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["listing"])
        intro = ps(p.get("intro", []))
        main = f'{cr}<div class="ls"><h2>{esc(p["title"])}</h2><div class="tx">{intro}</div><ul>{li}</ul></div><div class="pg"><span>首页</span><span>上一页</span><span>1</span><span>2</span><span>3</span><span>下一页</span><span>尾页</span>　共{p.get("total", 46)}条</div>'
    else:
        meta = "".join(f"<span>{esc(m)}</span>" for m in p.get("meta", []))
        rel = ""
        if p.get("related"):
            rel = '<div class="rl"><h4>相关信息</h4><ul>' + "".join(f"<li>{esc(t)}<i>{esc(d)}</i></li>" for t, d in p["related"]) + "</ul></div>"
        att = f'<div class="at">附件：{esc(p["attach"])}</div>' if p.get("attach") else ""
        main = f'{cr}<h1>{esc(p["title"])}</h1><div class="mt">{meta}</div><div class="tx">{ps(p["paras"])}</div>{att}{rel}'
    body = (f'<div class="top"><div class="in">{esc(p.get("topbar", ""))}<span class="r">设为首页　|　加入收藏　|　无障碍　|　关怀版</span></div></div>'
            f'<div class="hd"><div class="in"><div class="em"></div><div class="nm">{esc(p.get("site", "霸州市人民政府"))}</div>'
            f'<div class="en">BAZHOU MUNICIPAL PEOPLE\'S GOVERNMENT</div><div class="sr">站内搜索</div></div></div>'
            f'<div class="nv"><div class="in">{nav}</div></div>'
            f'<div class="ct"><div class="lm"><h3>{esc(p.get("menu_title", "信息公开"))}</h3><ul>{menu}</ul></div><div class="mn">{main}</div></div>'
            f'<div class="ft"><div class="in"><div class="bz">党政机关<br>网站</div><div>主办单位：霸州市人民政府办公室　承办单位：霸州市融媒体中心<br>'
            f'网站标识码：1310810017　冀ICP备12004517号-1　冀公网安备 13108102000216号<br>地址：霸州市迎宾道168号　联系电话：0316-7225576</div></div></div>')
    return shoot_page(css, body, p)


# ------------------------------------------------------------------------------------------------
# Look B "jade": white header with a green band, breadcrumb with ›, right sidebar, byline often unlabelled

JADE = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%(font)s;background:#fff;color:#2b2b2b}
.bd{height:6px;background:#1f8a5b}
.hd{width:%(cw)dpx;margin:0 auto;height:96px;display:flex;align-items:center}
.hd .lg{width:52px;height:52px;border:3px solid #1f8a5b;border-radius:8px;color:#1f8a5b;font-size:26px;text-align:center;line-height:46px;font-weight:bold}
.hd .nm{margin-left:14px;font-size:30px;color:#176b46;font-weight:bold;letter-spacing:2px}
.hd .nm small{display:block;font-size:13px;color:#7a9d8c;font-weight:normal;letter-spacing:0}
.hd .tl{margin-left:auto;font-size:13px;color:#777}
.nv{background:#1f8a5b}.nv div{width:%(cw)dpx;margin:0 auto;display:flex}
.nv a{flex:1;text-align:center;color:#fff;line-height:50px;font-size:16px}.nv a.on{background:#156b45}
.wr{width:%(cw)dpx;margin:18px auto;display:flex}
.mn{flex:1}
.cr{font-size:13px;color:#666;margin-bottom:14px}.cr span{color:#1f8a5b}
h1{font-size:26px;line-height:38px;font-weight:bold;color:#111;margin-bottom:10px}
.by{font-size:13px;color:#8a8a8a;margin-bottom:20px;padding-bottom:14px;border-bottom:1px solid #e5e5e5}
.by span{margin-right:24px}
.tx p{font-size:17px;line-height:32px;text-indent:2em;margin-bottom:10px;color:#333}
.tx p.r{text-align:right}.tx p.n{text-indent:0}.tx p.c{text-align:center;text-indent:0;font-weight:bold}
.tx table{border-collapse:collapse;width:100%%;font-size:14px;margin:10px 0}.tx td,.tx th{border:1px solid #cfe3d8;padding:6px;text-align:center}.tx th{background:#e9f5ef}
.sd{width:300px;margin-left:30px}
.sd .bx{border:1px solid #e3e3e3;margin-bottom:16px}
.sd h3{font-size:16px;color:#fff;background:#1f8a5b;padding:8px 12px;font-weight:normal}
.sd li{list-style:none;font-size:13px;line-height:20px;padding:8px 12px;border-bottom:1px solid #f0f0f0;color:#444}
.sd li i{display:block;font-style:normal;color:#aaa;font-size:12px}
.ls li{list-style:none;display:flex;border-bottom:1px solid #eee;padding:12px 0;font-size:16px}
.ls li b{flex:1;font-weight:normal}.ls li i{font-style:normal;color:#999;font-size:14px}
.ft{border-top:4px solid #1f8a5b;background:#f4f6f5;color:#666;font-size:13px;line-height:26px;text-align:center;padding:20px 0}
"""


def jade(p):
    cw = 1280 if p.get("w", 1366) >= 1920 else 1200
    css = JADE % {"font": FONT, "cw": cw}
    nav = "".join(f'<a class="{"on" if n == p.get("on", "政务公开") else ""}">{esc(n)}</a>'
                  for n in ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进霸州"])
    cr = '<div class="cr">首页 › ' + " › ".join(esc(c) for c in p["crumb"][:-1]) + f' › <span>{esc(p["crumb"][-1])}</span></div>'
    if p.get("listing") is not None:
        main = cr + '<div class="ls"><ul>' + "".join(f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["listing"]) + "</ul></div>"
    else:
        by = "".join(f"<span>{esc(b)}</span>" for b in p.get("byline", []))
        main = f'{cr}<h1>{esc(p["title"])}</h1><div class="by">{by}</div><div class="tx">{ps(p["paras"])}</div>'
    side = ""
    for st, sl in p.get("side", []):
        side += f'<div class="bx"><h3>{esc(st)}</h3><ul>' + "".join(f"<li>{esc(t)}<i>{esc(d)}</i></li>" for t, d in sl) + "</ul></div>"
    body = (f'<div class="bd"></div><div class="hd"><div class="lg">霸</div><div class="nm">{esc(p.get("site", "霸州市人民政府"))}<small>www.bazhou.gov.cn</small></div>'
            f'<div class="tl">{esc(p.get("topbar", "")) or "简体 | 繁體 | 无障碍"}</div></div>'
            f'<div class="nv"><div>{nav}</div></div><div class="wr"><div class="mn">{main}</div><div class="sd">{side}</div></div>'
            f'<div class="ft">版权所有：霸州市人民政府　　地址：河北省霸州市迎宾道168号　　邮编：065700<br>'
            f'网站标识码1310810017　　冀ICP备12004517号　　建议使用1366×768以上分辨率浏览</div>')
    return shoot_page(css, body, p)


# ------------------------------------------------------------------------------------------------
# Look C "platform": 霸州市政府信息公开平台 with a left tree and a 4-column metadata grid

PLAT = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%(font)s;background:#f2f4f6;color:#333;font-size:14px}
.hd{background:#fff;border-bottom:3px solid #2c5d8f}.hd .in{width:%(cw)dpx;margin:0 auto;height:88px;display:flex;align-items:center}
.hd .gh{width:58px;height:58px;border-radius:50%%;background:radial-gradient(circle,#f5c518 30%%,#c8141e 32%%,#c8141e 100%%)}
.hd .t{margin-left:14px}.hd .t b{display:block;font-size:28px;color:#2c5d8f;letter-spacing:3px}.hd .t span{font-size:13px;color:#7d8ea0}
.hd .s{margin-left:auto;border:1px solid #2c5d8f;width:320px;height:34px;line-height:34px;color:#aaa;padding-left:10px;font-size:13px}
.hd .s:after{content:'检索';float:right;background:#2c5d8f;color:#fff;width:60px;text-align:center}
.nv{background:#2c5d8f}.nv .in{width:%(cw)dpx;margin:0 auto}.nv a{display:inline-block;color:#e8f0f8;padding:0 22px;line-height:42px;font-size:15px}.nv a.on{background:#1e4670;color:#fff}
.ct{width:%(cw)dpx;margin:12px auto;display:flex}
.tr{width:236px;background:#fff;border:1px solid #dde3ea;align-self:flex-start}
.tr h4{background:#e8eef5;color:#2c5d8f;padding:9px 12px;font-size:15px}
.tr li{list-style:none;padding:7px 12px 7px 26px;font-size:13px;border-bottom:1px solid #f1f1f1;position:relative}
.tr li:before{content:'+';position:absolute;left:10px;color:#2c5d8f}
.tr li.on{color:#c8141e}
.mn{flex:1;margin-left:12px;background:#fff;border:1px solid #dde3ea;padding:14px 24px 30px;min-height:900px}
.cr{font-size:12px;color:#666;background:#f7f9fb;padding:6px 10px;margin-bottom:14px;border-left:3px solid #2c5d8f}
table.gd{width:100%%;border-collapse:collapse;margin-bottom:18px;font-size:13px}
table.gd td{border:1px solid #d5dde6;padding:7px 10px;line-height:20px}
table.gd td.k{background:#eef3f8;color:#2c5d8f;width:110px;text-align:right;white-space:nowrap}
h1{text-align:center;font-size:22px;line-height:34px;margin:4px 0 14px;color:#222}
.tx p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:6px}
.tx p.r{text-align:right}.tx p.n{text-indent:0}.tx p.c{text-align:center;text-indent:0}
.tx table{border-collapse:collapse;width:100%%;font-size:13px;margin:8px 0}.tx td,.tx th{border:1px solid #bbb;padding:5px;text-align:center}.tx th{background:#f0f0f0}
.tl{width:100%%;border-collapse:collapse;font-size:14px}.tl th{background:#eef3f8;color:#2c5d8f;border:1px solid #d5dde6;padding:8px}
.tl td{border:1px solid #e3e8ee;padding:8px;text-align:center}.tl td.l{text-align:left}
.bx{border:1px dashed #c3d1df;background:#f8fbff;padding:12px 16px;margin-bottom:14px;line-height:26px;font-size:14px}
.fm td{border:1px solid #e3e8ee;padding:8px}.fm td.k{background:#f5f7fa;width:160px;text-align:right}.fm i{display:inline-block;width:320px;height:26px;border:1px solid #ccd5df;vertical-align:middle}
.ops{font-size:12px;color:#999;text-align:right;margin-top:18px}
.ft{background:#2c5d8f;color:#d9e4ef;text-align:center;font-size:12px;line-height:24px;padding:14px 0}
"""


def platform(p):
    cw = 1400 if p.get("w", 1366) >= 1920 else 1180
    css = PLAT % {"font": FONT, "cw": cw}
    nav = "".join(f'<a class="{"on" if n == p.get("on", "法定主动公开内容") else ""}">{esc(n)}</a>'
                  for n in ["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
    tree = "".join(f'<li class="{"on" if t == p.get("tree_on") else ""}">{esc(t)}</li>' for t in p.get("tree", []))
    cr = '<div class="cr">当前位置：首页 / ' + " / ".join(esc(c) for c in p["crumb"]) + "</div>"
    if p.get("grid"):
        g = p["grid"]
        rows = ""
        for i in range(0, len(g), 2):
            a = g[i]
            b = g[i + 1] if i + 1 < len(g) else ("", "")
            if a[0] in ("名　　称", "名称", "标　　题"):
                rows += f'<tr><td class="k">{esc(a[0])}：</td><td colspan="3">{esc(a[1])}</td></tr>'
                if b[0]:
                    rows += f'<tr><td class="k">{esc(b[0])}：</td><td colspan="3">{esc(b[1])}</td></tr>'
                continue
            rows += f'<tr><td class="k">{esc(a[0])}：</td><td>{esc(a[1])}</td><td class="k">{esc(b[0])}{"：" if b[0] else ""}</td><td>{esc(b[1])}</td></tr>'
        grid = f'<table class="gd">{rows}</table>'
    else:
        grid = ""
    if p.get("rows") is not None:
        hd = "".join(f"<th>{esc(h)}</th>" for h in p["rows"][0])
        bd = "".join("<tr>" + "".join(f'<td class="{"l" if j == 1 else ""}">{esc(str(c))}</td>' for j, c in enumerate(r)) + "</tr>" for r in p["rows"][1:])
        intro = "".join(f'<div class="bx">{esc(x)}</div>' for x in p.get("intro", []))
        main = f'{cr}{intro}<table class="tl"><tr>{hd}</tr>{bd}</table><div class="ops">共 {p.get("total", 37)} 条　第 1/4 页　首页 上一页 下一页 尾页</div>'
    elif p.get("form") is not None:
        intro = "".join(f'<div class="bx">{esc(x)}</div>' for x in p.get("intro", []))
        fm = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        main = f'{cr}<h1>{esc(p["title"])}</h1>{intro}<table class="fm" style="border-collapse:collapse;width:100%">{fm}</table>'
    else:
        main = f'{cr}{grid}<h1>{esc(p["title"])}</h1><div class="tx">{ps(p["paras"])}</div><div class="ops">【打印本页】　【关闭窗口】</div>'
    body = (f'<div class="hd"><div class="in"><div class="gh"></div><div class="t"><b>霸州市政府信息公开平台</b><span>Bazhou Government Information Disclosure</span></div>'
            f'<div class="s">请输入关键字</div></div></div><div class="nv"><div class="in">{nav}</div></div>'
            f'<div class="ct"><div class="tr"><h4>{esc(p.get("tree_title", "机构导航"))}</h4><ul>{tree}</ul></div><div class="mn">{main}</div></div>'
            f'<div class="ft">霸州市人民政府办公室主办　霸州市政务公开办公室维护<br>网站标识码：1310810017　冀ICP备12004517号</div>')
    return shoot_page(css, body, p)


# ------------------------------------------------------------------------------------------------
# Look D "retro": an old table-layout CMS, 980 wide centred on a patterned background, 12px type

RETRO = """
*{margin:0;padding:0}body{font-family:'SimSun',%(font)s;font-size:12px;color:#000;background:#c9d9e8 repeating-linear-gradient(0deg,#c9d9e8 0 2px,#c3d3e3 2px 4px)}
.pg{width:980px;margin:0 auto;background:#fff}
.bn{height:150px;background:linear-gradient(180deg,#9fc3e7,#3d7cc0 70%%,#2a5f9c);position:relative;overflow:hidden}
.bn b{position:absolute;left:40px;top:40px;font-size:42px;color:#fff;font-family:%(serif)s;letter-spacing:8px;text-shadow:2px 2px 0 #1b3f6a}
.bn i{position:absolute;right:-40px;bottom:-60px;width:420px;height:180px;border-radius:50%%;background:#ffffff30}
.mn{height:32px;background:url() #0f4c8a;border-top:2px solid #f0c040}
.mn a{color:#fff;font-size:14px;line-height:32px;padding:0 16px;border-right:1px solid #3b74ad;display:inline-block;font-weight:bold}
.dt{background:#eaf1f8;line-height:24px;padding:0 10px;border-bottom:1px solid #b9cde2;color:#333}
.dt span{float:right}
table.lay{width:100%%;border-collapse:collapse}
td.lf{width:190px;vertical-align:top;background:#f3f7fb;border-right:1px solid #c6d6e6}
td.lf div{background:#2a5f9c;color:#fff;font-weight:bold;padding:6px 10px;font-size:13px}
td.lf p{padding:6px 14px;border-bottom:1px dotted #9bb;font-size:12px}
td.rt{vertical-align:top;padding:8px 16px 30px}
.wz{border-bottom:1px solid #2a5f9c;padding:4px 0;margin-bottom:14px;color:#444}
h1{font-size:20px;text-align:center;color:#c00;line-height:32px;margin:8px 0 6px;font-family:%(serif)s}
.xx{text-align:center;border-top:1px solid #ddd;border-bottom:1px solid #ddd;background:#f8f8f8;line-height:26px;margin:6px 0 16px;color:#555}
.tx p{font-size:14px;line-height:26px;text-indent:2em;margin-bottom:4px;font-family:%(serif)s}
.tx p.r{text-align:right}.tx p.n{text-indent:0}.tx p.c{text-align:center;text-indent:0;font-weight:bold}
.tx table{border-collapse:collapse;width:100%%;margin:6px 0}.tx td,.tx th{border:1px solid #666;padding:3px;text-align:center;font-size:12px}
.tl{text-align:right;margin-top:14px;color:#333}
.lt td{border-bottom:1px dashed #ccc;line-height:28px;font-size:13px}.lt td.d{text-align:right;color:#666;width:100px}
.fo{background:#0f4c8a;color:#fff;text-align:center;line-height:22px;padding:10px 0;border-top:3px solid #f0c040}
"""


def retro(p):
    css = RETRO % {"font": FONT, "serif": SONG}
    nav = "".join(f"<a>{esc(n)}</a>" for n in ["首 页", "政务动态", "信息公开", "网上办事", "公共资源交易", "公众参与", "投资霸州"])
    left = "".join(f"<p>·{esc(x)}</p>" for x in p.get("menu", []))
    wz = '<div class="wz">当前位置：首页 → ' + " → ".join(esc(c) for c in p["crumb"]) + "</div>"
    if p.get("listing") is not None:
        main = wz + '<table class="lt" style="width:100%;border-collapse:collapse">' + "".join(
            f'<tr><td>·{esc(t)}</td><td class="d">{esc(d)}</td></tr>' for t, d in p["listing"]) + "</table>"
    else:
        xx = f'<div class="xx">{esc(p["info"])}</div>' if p.get("info") else '<div class="xx">【字体：大 中 小】</div>'
        main = (f'{wz}<h1>{esc(p["title"])}</h1>{xx}<div class="tx">{ps(p["paras"])}</div>'
                f'<div class="tl">【打印本页】　【关闭窗口】　【返回顶部】</div>')
    body = (f'<div class="pg"><div class="bn"><b>{esc(p.get("site", "霸州市人民政府"))}</b><i></i></div><div class="mn">{nav}</div>'
            f'<div class="dt">{esc(p.get("topbar", ""))}<span>用户登录　|　繁體中文　|　RSS</span></div>'
            f'<table class="lay"><tr><td class="lf"><div>{esc(p.get("menu_title", "栏目导航"))}</div>{left}</td><td class="rt">{main}</td></tr></table>'
            f'<div class="fo">霸州市人民政府 版权所有　技术支持：霸州市信息中心<br>冀ICP备12004517号　地址：霸州市迎宾道168号</div></div>')
    return shoot_page(css, body, p)


# ------------------------------------------------------------------------------------------------
# Look E "crimson": wide red header with a skyline band, pill breadcrumb, cards, meta chips, QR footer

CRIMSON = """
*{margin:0;padding:0;box-sizing:border-box}body{font-family:%(font)s;background:#f7f3f0;color:#333}
.hd{height:170px;background:linear-gradient(180deg,#b5121b,#d8262f);position:relative;overflow:hidden}
.hd:after{content:'';position:absolute;left:0;right:0;bottom:0;height:60px;background:repeating-linear-gradient(90deg,#a30f17 0 40px,#b8141d 40px 70px,#9c0e15 70px 120px);opacity:.55}
.hd .in{width:%(cw)dpx;margin:0 auto;position:relative;z-index:1;padding-top:34px;color:#fff}
.hd b{font-size:40px;letter-spacing:10px;font-family:%(serif)s;font-weight:normal}
.hd span{display:block;font-size:13px;letter-spacing:4px;opacity:.85;margin-top:4px}
.hd .w{position:absolute;right:0;top:40px;font-size:13px;text-align:right;line-height:22px}
.nv{background:#fff;box-shadow:0 2px 6px #0001}.nv .in{width:%(cw)dpx;margin:0 auto;display:flex}
.nv a{padding:0 30px;line-height:56px;font-size:17px;color:#333}.nv a.on{color:#c8141e;border-bottom:3px solid #c8141e}
.cr{width:%(cw)dpx;margin:16px auto 0}.cr span{display:inline-block;background:#fff;border:1px solid #eadcd8;border-radius:16px;padding:4px 16px;font-size:13px;color:#8a6d66}
.cd{width:%(cw)dpx;margin:14px auto 24px;background:#fff;border-radius:6px;box-shadow:0 1px 8px #0000000d;padding:34px 70px 40px;min-height:800px}
h1{font-size:28px;line-height:42px;text-align:center;color:#1a1a1a}
.ch{text-align:center;margin:16px 0 24px}.ch span{display:inline-block;background:#f6eeec;color:#8a6d66;font-size:13px;padding:4px 12px;margin:0 6px;border-radius:3px}
.sh{text-align:center;font-size:12px;color:#bbb;margin-top:-12px;margin-bottom:20px}
.tx p{font-size:17px;line-height:34px;text-indent:2em;margin-bottom:10px}
.tx p.r{text-align:right}.tx p.n{text-indent:0}.tx p.c{text-align:center;text-indent:0;font-weight:bold}
.tx table{border-collapse:collapse;width:100%%;font-size:14px;margin:10px 0}.tx td,.tx th{border:1px solid #e2cfcb;padding:7px;text-align:center}.tx th{background:#fbf1ef}
.ls li{list-style:none;display:flex;padding:16px 0;border-bottom:1px solid #f0e6e4;font-size:17px}.ls li b{flex:1;font-weight:normal}.ls li i{font-style:normal;color:#b39a95}
.ft{background:#3b3b3b;color:#bbb;font-size:13px;line-height:26px;padding:24px 0}.ft .in{width:%(cw)dpx;margin:0 auto;display:flex}
.ft .qr{width:86px;height:86px;background:repeating-linear-gradient(0deg,#fff 0 6px,#222 6px 9px),#fff;margin-left:auto;border:4px solid #fff}
"""


def crimson(p):
    w = p.get("w", 1920)
    cw = 1300 if w >= 1920 else 1180
    css = CRIMSON % {"font": FONT, "serif": SONG, "cw": cw}
    nav = "".join(f'<a class="{"on" if n == p.get("on", "政务公开") else ""}">{esc(n)}</a>'
                  for n in ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "专题专栏"])
    cr = '<div class="cr"><span>首页 / ' + " / ".join(esc(c) for c in p["crumb"]) + "</span></div>"
    if p.get("listing") is not None:
        inner = f'<h1 style="text-align:left;font-size:22px">{esc(p["title"])}</h1><div class="ls"><ul>' + "".join(
            f"<li><b>{esc(t)}</b><i>{esc(d)}</i></li>" for t, d in p["listing"]) + "</ul></div>"
    else:
        ch = "".join(f"<span>{esc(c)}</span>" for c in p.get("chips", []))
        inner = f'<h1>{esc(p["title"])}</h1><div class="ch">{ch}</div><div class="sh">分享到：微信　微博　QQ空间</div><div class="tx">{ps(p["paras"])}</div>'
    body = (f'<div class="hd"><div class="in"><b>{esc(p.get("site", "霸州市人民政府"))}</b><span>WWW.BAZHOU.GOV.CN</span>'
            f'<div class="w">{esc(p.get("topbar", ""))}<br>霸州　晴　-2~9°C</div></div></div>'
            f'<div class="nv"><div class="in">{nav}</div></div>{cr}<div class="cd">{inner}</div>'
            f'<div class="ft"><div class="in"><div>主办：霸州市人民政府办公室　　承办：霸州市融媒体中心<br>网站标识码：1310810017　冀ICP备12004517号-1<br>'
            f'冀公网安备 13108102000216号　　网站地图　|　联系我们</div><div class="qr"></div></div></div>')
    return shoot_page(css, body, p)


LOOKS = {"azure": azure, "jade": jade, "platform": platform, "retro": retro, "crimson": crimson}


def page(p):
    return LOOKS[p["look"]](p)


# ------------------------------------------------------------------------------------------------
# Phone pages: design width 375 css px, zoomed to the device width

PHONE = """
*{margin:0;padding:0;box-sizing:border-box}html{zoom:%(z)s}body{font-family:%(font)s;width:375px;background:#fff;color:#222;overflow:hidden}
.sb{height:22px;line-height:22px;font-size:12px;padding:0 14px;font-weight:bold;background:%(sbg)s;color:%(sfg)s}.sb span{float:right;font-weight:normal}
.tb{height:44px;line-height:44px;text-align:center;font-size:16px;background:%(sbg)s;color:%(sfg)s;border-bottom:1px solid #e9e9e9;position:relative}
.tb:before{content:'\\2715';position:absolute;left:14px;font-size:16px}.tb:after{content:'\\00B7\\00B7\\00B7';position:absolute;right:14px;font-weight:bold}
.ar{padding:16px 16px 30px}.ar h2{font-size:21px;line-height:30px;margin-bottom:10px}
.ar .m{font-size:14px;color:#9a9a9a;margin-bottom:18px}.ar .m a{color:#576b95;margin-right:8px}
.ar .m.lt{font-size:12px;color:#c7c7c7}
.ar p{font-size:16px;line-height:28px;margin-bottom:14px;text-align:justify;color:#333}
.ar p.c{text-align:center;font-weight:bold}.ar p.r{text-align:right}
.ar table{border-collapse:collapse;width:100%%;font-size:12px;margin-bottom:12px}.ar td,.ar th{border:1px solid #ccc;padding:3px;text-align:center}
.im{height:170px;margin:6px 0 16px;background:linear-gradient(135deg,%(c1)s,%(c2)s);color:#fff;font-size:20px;text-align:center;line-height:170px;font-weight:bold;letter-spacing:2px}
.wb{padding:12px 14px;border-bottom:8px solid #f2f2f2}.wb .h{display:flex;align-items:center}
.wb .av{width:40px;height:40px;border-radius:50%%;background:#e6162d;color:#fff;font-size:12px;text-align:center;line-height:40px}
.wb .nm{margin-left:10px;font-size:15px;color:#eb7350}.wb .nm small{display:block;color:#aaa;font-size:12px}
.wb .t{font-size:15px;line-height:24px;margin:10px 0}.wb .o{display:flex;font-size:13px;color:#888;border-top:1px solid #f0f0f0;padding-top:8px}.wb .o span{flex:1;text-align:center}
.wb .pic{height:120px;background:linear-gradient(135deg,#ffd0a8,#f08a5d);margin-bottom:8px}
.pf{padding:18px 16px;background:%(pbg)s;border-bottom:8px solid #f2f2f2}.pf .lg{width:60px;height:60px;border-radius:50%%;background:#c8141e;color:#fff;text-align:center;line-height:60px;font-size:15px;float:left;margin-right:12px}
.pf b{font-size:18px;display:block;padding-top:6px}.pf span{font-size:12px;color:#999}
.pf .st{clear:both;display:flex;padding-top:16px;font-size:12px;color:#888;text-align:center}.pf .st div{flex:1}.pf .st em{display:block;font-style:normal;font-size:17px;color:#222}
.hi .it{display:flex;padding:12px 16px;border-bottom:1px solid #f0f0f0}.hi .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.hi .it i{width:70px;height:52px;background:linear-gradient(135deg,#9ec5ee,#4a7fc0);margin-left:10px}
.hi .dy{font-size:12px;color:#b0b0b0;padding:10px 16px 0}
.ap{background:#f4f6fa;min-height:800px}.ap .bn{height:120px;background:linear-gradient(120deg,#1565c0,#42a5f5);color:#fff;padding:22px 18px;font-size:20px;font-weight:bold}
.ap .bn small{display:block;font-size:12px;font-weight:normal;margin-top:6px;opacity:.9}
.ap .cd{background:#fff;margin:10px 12px;border-radius:8px;padding:14px}
.ap .cd h3{font-size:16px;margin-bottom:8px}.ap .cd p{font-size:14px;line-height:24px;color:#555}
.ap .fl{display:flex;border-bottom:1px solid #eee;padding:10px 0;font-size:14px}.ap .fl b{width:96px;font-weight:normal;color:#888}.ap .fl i{flex:1;height:22px;border-bottom:1px solid #ddd}
.ap .bt{background:#1565c0;color:#fff;text-align:center;border-radius:20px;line-height:40px;margin:16px 12px}
.ap .gr{display:flex;flex-wrap:wrap}.ap .gr div{width:25%%;text-align:center;font-size:12px;padding:10px 0;color:#444}.ap .gr div:before{content:'';display:block;width:36px;height:36px;border-radius:10px;margin:0 auto 6px;background:linear-gradient(135deg,#64b5f6,#1565c0)}
.nb{position:fixed;bottom:0;left:0;right:0;height:50px;display:flex;background:#fff;border-top:1px solid #e5e5e5;font-size:11px;color:#666}.nb div{flex:1;text-align:center;padding-top:28px}
"""


def phone_size(w):
    return {360: (360, 780), 375: (375, 812), 414: (414, 896), 720: (720, 1560), 750: (750, 1334),
            1080: (1080, 2340), 1242: (1242, 2688)}[w]


def phone_css(w, sbg="#ededed", sfg="#111", c1="#5aa0e6", c2="#1f5fa8", pbg="#fff"):
    return PHONE % {"z": f"{w / 375:.4f}", "font": FONT, "sbg": sbg, "sfg": sfg, "c1": c1, "c2": c2, "pbg": pbg}


def phone_body(k):
    """k: kind wechat|weibo|profile|history|app, and its fields."""
    sb = f'<div class="sb">{esc(k.get("clock", "10:26"))}<span>{esc(k.get("net", "4G 76%"))}</span></div>'
    kind = k["kind"]
    if kind == "wechat":
        lt = " lt" if k.get("light") else ""
        im = f'<div class="im">{esc(k["pic"])}</div>' if k.get("pic") else ""
        orig = '<span style="border:1px solid #ddd;color:#aaa;font-size:11px;padding:0 3px;margin-right:6px">原创</span>' if k.get("orig") else ""
        return (f'{sb}<div class="tb">{esc(k.get("bar", ""))}</div><div class="ar"><h2>{esc(k["title"])}</h2>'
                f'<div class="m{lt}">{orig}<a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{im}{ps(k["paras"])}'
                f'<div style="font-size:14px;color:#aaa;margin-top:10px">{esc(k.get("reads", "阅读 3281　　在看 24"))}</div></div>')
    if kind == "weibo":
        posts = ""
        for p in k["posts"]:
            pic = '<div class="pic"></div>' if p.get("pic") else ""
            posts += (f'<div class="wb"><div class="h"><div class="av">{esc(p.get("av", "霸州"))}</div><div class="nm">{esc(p["name"])}'
                      f'<small>{esc(p["time"])}</small></div></div><div class="t">{esc(p["text"])}</div>{pic}'
                      f'<div class="o"><span>转发 {p.get("rt", 8)}</span><span>评论 {p.get("cm", 3)}</span><span>赞 {p.get("lk", 27)}</span></div></div>')
        return f'{sb}<div class="tb">{esc(k.get("bar", "微博正文"))}</div>{posts}'
    if kind in ("profile", "history"):
        st = "".join(f"<div><em>{esc(a)}</em>{esc(b)}</div>" for a, b in k.get("stats", []))
        its = ""
        for day, titles in k["days"]:
            its += (f'<div class="dy">{esc(day)}</div>' if day else "") + "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in titles)
        return (f'{sb}<div class="tb">{esc(k.get("bar", ""))}</div><div class="pf"><div class="lg">{esc(k["logo"])}</div><b>{esc(k["account"])}</b>'
                f'<span>{esc(k["intro"])}</span><div class="st">{st}</div></div><div class="hi">{its}</div>')
    if kind == "app":
        return (f'{sb}<div class="ap"><div class="bn">{esc(k["app"])}<small>{esc(k["slogan"])}</small></div>{k["inner"]}</div>'
                '<div class="nb"><div>首页</div><div>办事</div><div>公开</div><div>我的</div></div>')
    raise ValueError(kind)


def phone(k):
    w = k["w"]
    css = phone_css(w, **k.get("colors", {}))
    size = phone_size(w)
    return html_doc(k.get("title", "微信"), css, phone_body(k)), (size[0], size[1], k.get("q", 78))


# A phone photo of a screen (a monitor or another phone): dark surround, perspective, glare, moiré.
SCREEN_PHOTO = """
html,body{margin:0;width:%(W)dpx;height:%(H)dpx;overflow:hidden;background:radial-gradient(ellipse at 60%% 40%%,#3a3d44,#16171a 75%%)}
.dev{position:absolute;left:%(L)dpx;top:%(T)dpx;width:%(dw)dpx;height:%(dh)dpx;border:%(bz)dpx solid #0c0c0d;border-radius:%(br)dpx;overflow:hidden;
 transform:perspective(1600px) rotateX(%(rx)sdeg) rotateY(%(ry)sdeg) rotate(%(rz)sdeg);box-shadow:0 20px 60px #000c}
.dev iframe,.dev .scr{width:%(iw)dpx;height:%(ih)dpx;border:0;transform:scale(%(s)s);transform-origin:0 0;overflow:hidden;position:relative;background:#fff}
.mo{position:absolute;left:0;top:0;right:0;bottom:0;pointer-events:none;
 background:repeating-linear-gradient(%(ma)sdeg,rgba(0,0,0,.09) 0 1px,rgba(255,255,255,0) 1px 3px),
 repeating-linear-gradient(%(mb)sdeg,rgba(90,40,160,.06) 0 2px,rgba(0,0,0,0) 2px 5px),
 radial-gradient(ellipse at %(gx)s%% %(gy)s%%,rgba(255,255,255,.55) 0,rgba(255,255,255,.12) 14%%,rgba(255,255,255,0) 30%%),
 linear-gradient(180deg,rgba(0,0,0,0) 60%%,rgba(0,0,0,.25))}
"""


def screen_photo(inner_html, inner_size, out_w=1200, out_h=1600, monitor=False, tilt=(4, -6, -2.5), glare=(70, 22), q=70):
    """inner_html: a full html doc (page); rendered inside an iframe-less div via srcdoc."""
    iw, ih = inner_size
    if monitor:
        dw, dh = int(out_w * 1.2), int(out_w * 1.2 * ih / iw)
        bz, br = 18, 6
    else:
        dh = int(out_h * 0.86)
        dw = int(dh * iw / ih)
        bz, br = 14, 36
    s = dw / iw
    L, T = (out_w - dw) // 2 - bz, (out_h - dh) // 2 - bz
    if monitor:
        T = int(out_h * 0.05)
    css = SCREEN_PHOTO % {"W": out_w, "H": out_h, "L": L, "T": T, "dw": dw, "dh": dh, "bz": bz, "br": br,
                          "rx": tilt[0], "ry": tilt[1], "rz": tilt[2], "iw": iw, "ih": ih, "s": f"{s:.4f}",
                          "ma": 28, "mb": -61, "gx": glare[0], "gy": glare[1]}
    src = esc(inner_html)
    body = f'<div class="dev"><iframe srcdoc="{src}" scrolling="no"></iframe><div class="mo"></div></div>'
    return html_doc("IMG", css, body), (out_w, out_h, q)


# ------------------------------------------------------------------------------------------------
# Formal documents: print (A4 PDF), scan (image at a dpi, colour or grey), photo of paper

DOCCSS = """
@page{size:A4;margin:25mm 24mm 22mm 26mm}
*{margin:0;padding:0}body{font-family:%(serif)s;color:#111;font-size:15.5pt;line-height:1.78}
.rd{color:#d50f1c;text-align:center;font-size:29pt;letter-spacing:3px;line-height:1.35;font-family:%(serif)s}
.no{text-align:center;font-size:14pt;margin:3mm 0 1mm}.rn{text-align:right;font-size:14pt}
.ru{border-top:2.2px solid #d50f1c;margin:1mm 0 8mm}
h1{font-size:20pt;text-align:center;line-height:1.5;margin:2mm 0 6mm;font-weight:bold}
h2{font-size:15.5pt;font-weight:bold;margin:3mm 0 1mm}
.sub{text-align:center;font-size:13pt;margin:-3mm 0 5mm}
p{text-indent:2em;text-align:justify}p.n{text-indent:0}p.r{text-align:right;text-indent:0;padding-right:8mm}p.c{text-align:center;text-indent:0}
table{border-collapse:collapse;width:100%%;font-size:10.5pt;line-height:1.5;margin:2mm 0}td,th{border:1px solid #000;padding:2px 4px;text-align:center}
.sg{position:relative;margin-top:10mm}
.seal{position:absolute;width:42mm;height:42mm;border-radius:50%%;border:1.4mm solid rgba(214,24,34,%(sa)s);color:rgba(214,24,34,%(sa)s);
  font-size:11pt;text-align:center;line-height:1.2;box-sizing:border-box;padding-top:25mm;right:%(sr)s;top:%(st)s;transform:rotate(%(srot)sdeg)}
.seal:before{content:'\\2605';position:absolute;left:0;right:0;top:11mm;font-size:30pt;line-height:1}
.seal b{position:absolute;left:2mm;right:2mm;top:4mm;font-weight:normal;font-size:8.5pt;letter-spacing:0;white-space:nowrap;overflow:hidden}
.yf{margin-top:12mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 2mm;display:flex;justify-content:space-between}
.pb{page-break-before:always}
.mast{color:#d50f1c;text-align:center;font-size:40pt;letter-spacing:10px;margin-top:22mm}
.iss{text-align:center;font-size:14pt;margin:6mm 0 3mm}.iss2{text-align:center;font-size:12pt;border-top:2px solid #d50f1c;border-bottom:1px solid #d50f1c;padding:1.5mm 0;margin-bottom:8mm}
.toc p{text-indent:0;font-size:13pt;line-height:1.9}.toc h3{text-align:center;font-size:16pt;letter-spacing:12px;margin:4mm 0}
.hand{font-family:'AR PL UKai CN','WenQuanYi Zen Hei',cursive;color:#1b2a8a;font-style:italic}
"""


def seal_html(unit, seal):
    if not seal:
        return ""
    return f'<div class="seal"><b>{esc(unit)}</b></div>'


def doc_body(d):
    parts = []
    if d.get("red"):
        parts.append(f'<div class="rd">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="ru"></div>')
    elif d.get("no"):
        parts.append(f'<div class="rn">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("sub"):
        parts.append(f'<div class="sub">{esc(d["sub"])}</div>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(ps(d["paras"]))
    if d.get("sign"):
        unit = d.get("seal_unit", d["sign"][0])
        parts.append('<div class="sg">' + seal_html(unit, d.get("seal")) + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + "</div>")
    if d.get("after"):
        parts.append(ps(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    return "".join(parts)


def doc_css(d):
    sr, st, srot = d.get("seal_at", ("4mm", "-14mm", "-8"))
    return DOCCSS % {"serif": SONG, "sa": d.get("seal_alpha", ".78"), "sr": sr, "st": st, "srot": srot}


def doc(d):
    """A printable A4 document (text PDF through Chromium)."""
    return html_doc(d["title"], doc_css(d), d.get("raw") or doc_body(d))


SCAN = """
html,body{margin:0;width:%(W)dpx;height:%(H)dpx;overflow:hidden;background:%(bg)s}
.pp{position:absolute;left:0;top:0;width:794px;height:1123px;padding:94px 90px 80px 98px;box-sizing:border-box;zoom:%(z)s;
 transform:rotate(%(rot)sdeg) translate(%(dx)spx,%(dy)spx);transform-origin:50%% 0;background:%(paper)s;%(filter)s}
.ns{position:absolute;left:0;top:0;right:0;bottom:0;pointer-events:none;
 background:linear-gradient(90deg,rgba(0,0,0,.10),rgba(0,0,0,0) 4%%,rgba(0,0,0,0) 96%%,rgba(0,0,0,.12)),
 repeating-linear-gradient(0deg,rgba(0,0,0,.018) 0 1px,rgba(0,0,0,0) 1px 4px)}
"""


def scan(d, dpi=200, colour=True, rot="0.6", q=68):
    """A flatbed scan of a printed page at dpi (A4: 150 -> 1240x1754, 200 -> 1654x2339, 300 -> 2480x3508)."""
    W, H = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}[dpi]
    z = W / 794
    css = doc_css(d).replace("@page{size:A4;margin:25mm 24mm 22mm 26mm}", "") + SCAN % {
        "W": W, "H": H, "bg": "#fdfdfb" if colour else "#fff", "z": f"{z:.4f}", "rot": rot, "dx": 0, "dy": 4,
        "paper": "#fbfaf5" if colour else "#fff",
        "filter": "" if colour else "filter:grayscale(1) contrast(1.3) brightness(1.02);"}
    css = css.replace("body{font-family", ".pp{font-family")
    body = f'<div class="pp" style="font-family:{SONG};font-size:15.5pt;line-height:1.78;color:#111">{doc_body(d)}</div><div class="ns"></div>'
    return html_doc("scan", css, body), (W, H, q)


PAPER_PHOTO = """
html,body{margin:0;width:%(W)dpx;height:%(H)dpx;overflow:hidden;background:%(bg)s}
.sh{position:absolute;left:%(L)dpx;top:%(T)dpx;width:794px;min-height:1123px;padding:80px 84px;box-sizing:border-box;background:%(paper)s;
 transform:perspective(2000px) rotateX(%(rx)sdeg) rotate(%(rz)sdeg) scale(%(s)s);transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5);
 font-family:%(serif)s;font-size:17px;line-height:1.75;color:#151515}
.gl{position:absolute;left:0;top:0;right:0;bottom:0;background:radial-gradient(ellipse at %(gx)s%% %(gy)s%%,rgba(255,255,255,.35),rgba(255,255,255,0) 35%%),
 linear-gradient(165deg,rgba(255,255,255,.12),rgba(0,0,0,0) 45%%,rgba(0,0,0,.28))}
.pin{position:absolute;width:22px;height:22px;border-radius:50%%;background:radial-gradient(circle at 35%% 35%%,#ff8a80,#c62828);box-shadow:2px 3px 4px #0007}
.frame{position:absolute;left:30px;top:30px;right:30px;bottom:30px;border:26px solid #6d6f73;box-shadow:inset 0 0 0 4px #9ea1a6}
.lbl{position:absolute;z-index:2;left:0;right:0;top:58px;text-align:center;color:#fff;font-size:44px;letter-spacing:12px;font-family:%(serif)s;text-shadow:0 2px 3px #0006}
"""


def paper_photo(d, setting="desk", W=1200, H=1600, rot="-2.4", rx="6", q=70, glare=(62, 30), extra=""):
    """A phone photo of a printed sheet: on a desk (wood), or pinned to a 公开栏 notice board behind glass."""
    if setting == "board":
        bg = "linear-gradient(180deg,#b71c1c 0,#b71c1c 130px,#d9d2c3 130px)"
        L, T, s = 150, 190, "1.1"
        deco = '<div class="lbl">政务公开栏</div><div class="frame"></div>'
    else:
        bg = "radial-gradient(ellipse at 40% 35%,#9a8465,#6a5640 70%,#443628)"
        L, T, s = 120, 110, "1.2"
        deco = ""
    css = PAPER_PHOTO % {"W": W, "H": H, "bg": bg, "L": L, "T": T, "paper": "#f4f1e8", "rx": rx, "rz": rot, "s": s,
                         "serif": SONG, "gx": glare[0], "gy": glare[1]}
    css += doc_css(d).replace("@page{size:A4;margin:25mm 24mm 22mm 26mm}", "").replace("body{", ".xx{")
    css += ".sh .rd{font-size:30px}.sh h1{font-size:23px}.sh p{font-size:17px}.sh table{font-size:13px}"
    pins = '<div class="pin" style="left:170px;top:205px"></div><div class="pin" style="left:1010px;top:225px"></div>' if setting == "board" else ""
    body = f'{deco}<div class="sh">{d.get("raw") or doc_body(d)}</div>{pins}{extra}<div class="gl"></div>'
    return html_doc("photo", css, body), (W, H, q)
