"""Page designs of hold-out 11 (永清县), its own: five desktop designs, a browser window of its own,
a 政务APP page, a photo of a screen, red-header documents with seals, a colour scan and a gazette.

Every page function returns (html, (width, height, jpeg_quality)) for Out.shot.
"""
import html as _html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))

from evidence.templates import FONT, SERIF, docpage, esc, html_doc, paras_html, phone  # noqa: E402

SITE = "永清县人民政府"
HOST = "www.yongqing.gov.cn"


def _ps(paras):
    return paras_html(paras)


# ---------------------------------------------------------------- design 1: "slate" county portal
SLATE_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#e9edf1;color:#2b2b2b;width:%(w)spx;overflow:hidden}
.top{height:30px;background:#36495e;color:#c9d3de;font-size:12px;line-height:30px;padding:0 40px}
.top span{float:right}
.ban{height:120px;background:linear-gradient(90deg,#4b6584,#778ca3);padding:26px 40px;color:#fff}
.ban .n{font-size:36px;letter-spacing:6px;font-weight:bold}
.ban .e{font-size:12px;letter-spacing:2px;opacity:.8}
.ban .q{float:right;margin-top:20px;font-size:13px;background:rgba(255,255,255,.25);padding:6px 16px;border-radius:16px}
.nav{background:#fff;height:46px;border-bottom:3px solid #4b6584;padding:0 40px;display:flex}
.nav a{flex:1;text-align:center;line-height:43px;font-size:16px;color:#36495e}
.nav a.on{background:#4b6584;color:#fff}
.box{margin:14px 40px;background:#fff;padding:14px 34px 26px;min-height:600px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.pos{font-size:13px;color:#7b8794;padding-bottom:8px;border-bottom:1px solid #e3e7eb;margin-bottom:14px}
h1{text-align:center;font-size:24px;line-height:36px;color:#1d3149;margin:8px 60px 10px}
.info{background:#f1f4f7;text-align:center;font-size:13px;color:#6a7683;line-height:30px;margin-bottom:16px}
.info span{margin:0 14px}
.txt p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}
.txt p.r{text-align:right}
.txt table{border-collapse:collapse;width:100%%;font-size:13px}
.txt td,.txt th{border:1px solid #aab4be;padding:4px}
.col{display:flex}
.col .m{width:220px;margin-right:24px}
.col .m div{line-height:42px;border-bottom:1px solid #e3e7eb;padding-left:14px;font-size:15px}
.col .m div.on{background:#4b6584;color:#fff}
.col ul{flex:1}
.col li{list-style:none;display:flex;line-height:40px;border-bottom:1px dotted #c5ccd3;font-size:15px}
.col li b{flex:1;font-weight:normal}
.col li i{font-style:normal;color:#8592a0}
.pgn{text-align:center;font-size:13px;margin-top:16px;color:#555}
.rl{margin-top:20px;border:1px solid #d8dee4;padding:8px 14px;font-size:14px;line-height:26px}
.rl b{color:#4b6584}
.ft{background:#36495e;color:#b8c4d0;font-size:12px;text-align:center;line-height:24px;padding:12px}
"""


def slate(p, w=1280, h=900, q=70):
    """p: title, crumb, unit, date (shown string or None), views, paras | listing (+menu), related, unlabelled."""
    nav = "".join(f'<a class="{"on" if n == "政务公开" else ""}">{n}</a>' for n in ["首页", "政务公开", "政务服务", "政民互动", "魅力永清"])
    top = f'<div class="top">{esc(p.get("weather", "永清县　晴　气温3至12度　空气质量：良"))}<span>设为首页 | 加入收藏 | 智能问答</span></div>'
    ban = (f'<div class="ban"><span class="q">站内搜索</span><div class="n">{SITE}</div>'
           f'<div class="e">YONGQING COUNTY PEOPLE\'S GOVERNMENT</div></div><div class="nav">{nav}</div>')
    pos = f'<div class="pos">您现在的位置：{esc(" > ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        menu = "".join(f'<div class="{"on" if m == p["title"] else ""}">{esc(m)}</div>' for m in p.get("menu", [p["title"]]))
        lis = "".join(f'<li><b>· {esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        main = f'{pos}<div class="col"><div class="m">{menu}</div><ul>{lis}</ul></div><div class="pgn">共 {p.get("total", 36)} 条　首页 上一页 1 2 3 4 下一页 末页</div>'
    else:
        if p.get("unlabelled"):
            info = f'<div class="info"><span>{esc(p["date"])}</span><span>{esc(p["unit"])}</span></div>'
        else:
            bits = []
            if p.get("date"):
                bits.append(f'发布日期：{p["date"]}')
            bits.append(f'信息来源：{p["unit"]}')
            bits.append(f'浏览次数：{p.get("views", 268)}')
            info = '<div class="info">' + "".join(f"<span>{esc(b)}</span>" for b in bits) + '<span>【打印】【关闭】</span></div>'
        rl = ""
        if p.get("related"):
            rl = '<div class="rl">' + "".join(f'<div><b>{esc(k)}</b>{esc(v)}</div>' for k, v in p["related"]) + '</div>'
        main = f'{pos}<h1>{esc(p["title"])}</h1>{info}<div class="txt">{_ps(p["paras"])}</div>{rl}'
    ft = '<div class="ft">主办：永清县人民政府办公室　承办：永清县融媒体中心　网站标识码：1310230001　冀ICP备05006128号</div>'
    body = f'{top}{ban}<div class="box">{main}</div>{ft}'
    return _finish(p, SLATE_CSS % {"f": FONT, "w": w}, body, w, h, q)


# ---------------------------------------------------------------- design 2: "gongkai" 信息公开 platform, metadata table at the right
GK_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#f7f5ef;color:#333;width:%(w)spx;overflow:hidden}
.hd{height:96px;background:#fff;border-bottom:4px solid #a5282c;padding:18px 70px}
.hd .lg{display:inline-block;width:56px;height:56px;border-radius:28px;background:#a5282c;color:#ffd86b;text-align:center;line-height:56px;font-size:22px;vertical-align:middle}
.hd .t{display:inline-block;vertical-align:middle;margin-left:14px}
.hd .t b{font-size:28px;color:#a5282c;letter-spacing:2px}
.hd .t div{font-size:13px;color:#8a6d3b}
.hd .s{float:right;margin-top:12px;border:1px solid #a5282c;width:300px;height:34px;line-height:34px;color:#aaa;padding-left:10px;font-size:13px}
.tabs{background:#f2e7d5;height:42px;padding:0 70px}
.tabs span{display:inline-block;line-height:42px;padding:0 22px;font-size:15px;color:#5b3d1c}
.tabs span.on{background:#a5282c;color:#fff}
.wr{padding:16px 70px;display:flex}
.ct{flex:1;background:#fff;border:1px solid #e6dccb;padding:18px 30px;min-height:640px}
.ct .cr{font-size:13px;color:#8b8b8b;margin-bottom:12px}
.ct h1{font-size:22px;text-align:center;line-height:34px;color:#222;margin-bottom:16px;padding-bottom:12px;border-bottom:1px solid #eee}
.ct p{font-size:16px;line-height:29px;text-indent:2em;margin-bottom:7px}
.ct p.r{text-align:right}
.ct table.t2{border-collapse:collapse;width:100%%;font-size:13px;margin:6px 0}
.ct table.t2 td,.ct table.t2 th{border:1px solid #ccb;padding:4px;text-align:center}
.md{width:330px;margin-left:18px}
.md table{border-collapse:collapse;width:100%%;background:#fff;font-size:13px}
.md caption{background:#a5282c;color:#fff;font-size:15px;line-height:36px;text-align:left;padding-left:12px}
.md td{border:1px solid #e6dccb;padding:7px 8px;line-height:20px;vertical-align:top}
.md td.k{background:#faf5ea;width:92px;color:#7a5c30}
.md .qr{margin-top:14px;background:#fff;border:1px solid #e6dccb;padding:12px;font-size:13px;color:#777;line-height:24px}
.lst li{list-style:none;display:flex;line-height:40px;border-bottom:1px dashed #ddd;font-size:15px}
.lst li b{flex:1;font-weight:normal}
.lst li i{font-style:normal;color:#999;width:110px;text-align:right}
.tree{width:230px;margin-right:18px;background:#fff;border:1px solid #e6dccb}
.tree div{line-height:38px;padding-left:16px;border-bottom:1px solid #f1eadc;font-size:14px}
.tree div.h{background:#a5282c;color:#fff;font-size:15px}
.tree div.on{color:#a5282c;font-weight:bold}
.home{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-top:10px}
.home div{background:#fbf6ec;border:1px solid #ead9bb;height:88px;text-align:center;padding-top:30px;font-size:17px;color:#6b4513}
.fm td{border:1px solid #e6dccb;padding:8px;font-size:14px}
.fm td.k{background:#faf5ea;width:160px;text-align:right}
.fm .in{display:inline-block;width:360px;height:26px;border:1px solid #ccc}
.bt{display:inline-block;background:#a5282c;color:#fff;padding:6px 28px;margin:14px 8px 0 0}
"""


def gongkai(p, w=1680, h=900, q=70):
    """p: site (platform name), title, crumb, meta [(k, v)] | listing | home | form, paras, tree."""
    site = p.get("site", "永清县政府信息公开平台")
    tabs = "".join(f'<span class="{"on" if t == p.get("tab", "法定主动公开内容") else ""}">{t}</span>'
                   for t in ["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
    hd = (f'<div class="hd"><span class="s">请输入标题或索引号</span><span class="lg">徽</span>'
          f'<span class="t"><b>{esc(site)}</b><div>{esc(p.get("slogan", "公开为常态 · 不公开为例外"))}</div></span></div><div class="tabs">{tabs}</div>')
    cr = f'<div class="cr">当前位置：{esc(" > ".join(p["crumb"]))}</div>'
    side = ""
    tree = ""
    if p.get("tree"):
        tree = '<div class="tree"><div class="h">公开目录</div>' + "".join(
            f'<div class="{"on" if t == p.get("tree_on") else ""}">{esc(t)}</div>' for t in p["tree"]) + '</div>'
    if p.get("listing") is not None:
        lis = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        intro = f'<p style="text-indent:0;font-size:14px;color:#8a6d3b;margin-bottom:6px">{esc(p["intro"])}</p>' if p.get("intro") else ""
        main = f'{cr}<h1>{esc(p["title"])}</h1>{intro}<ul class="lst">{lis}</ul><p style="text-align:center;text-indent:0;font-size:13px;color:#777;margin-top:12px">首页 上一页 1 2 下一页 尾页</p>'
    elif p.get("home"):
        main = (f'{cr}<h1>{esc(p["title"])}</h1><div class="home">' + "".join(f"<div>{esc(x)}</div>" for x in p["home"]) + '</div>'
                + (f'<ul class="lst" style="margin-top:16px">' + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p.get("news", [])) + '</ul>'))
    elif p.get("form"):
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        main = (f'{cr}<h1>{esc(p["title"])}</h1>' + _ps(p.get("paras", []))
                + f'<table class="fm" style="border-collapse:collapse;width:100%">{rows}</table>'
                '<div style="text-align:center"><span class="bt">提交</span><span class="bt" style="background:#999">重填</span></div>')
    else:
        main = f'{cr}<h1>{esc(p["title"])}</h1>{_ps(p["paras"])}'
    if p.get("meta"):
        side = ('<div class="md"><table><caption>信息属性</caption>' + "".join(
            f'<tr><td class="k">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in p["meta"]) + '</table>'
            '<div class="qr">【打印本页】【关闭窗口】<br>扫一扫在手机打开当前页</div></div>')
    body = f'{hd}<div class="wr">{tree}<div class="ct">{main}</div>{side}</div>'
    return _finish(p, GK_CSS % {"f": FONT, "w": w}, body, w, h, q)


# ---------------------------------------------------------------- design 3: "topic" 专题 site, light-grey unlabelled byline
TOPIC_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#fdfbf6;color:#333;width:%(w)spx;overflow:hidden}
.hero{height:170px;background:linear-gradient(120deg,%(c1)s,%(c2)s);position:relative;color:#fff;padding:38px 90px}
.hero b{font-size:40px;letter-spacing:8px;text-shadow:0 2px 4px rgba(0,0,0,.3)}
.hero div{font-size:16px;margin-top:8px;opacity:.9}
.hero:after{content:'';position:absolute;right:90px;top:30px;width:220px;height:110px;border-radius:60px 60px 0 0;background:rgba(255,255,255,.18)}
.mn{display:flex;justify-content:center;background:%(c2)s}
.mn span{color:#fff;padding:0 30px;line-height:44px;font-size:16px}
.art{width:1100px;margin:22px auto;background:#fff;padding:26px 50px 30px;border-top:4px solid %(c1)s;min-height:620px}
.art .bc{font-size:12px;color:#aaa;margin-bottom:16px}
.art h1{font-size:25px;line-height:38px;text-align:center;color:#222}
.art .by{text-align:center;font-size:12px;color:#c4c4c4;margin:8px 0 20px}
.art .by span{margin:0 10px}
.art p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px;color:#444}
.art p.r{text-align:right}
.art table{border-collapse:collapse;width:100%%;font-size:13px;margin:6px 0}
.art td,.art th{border:1px solid #ddd;padding:4px;text-align:center}
.cards{width:1100px;margin:22px auto;display:grid;grid-template-columns:1fr 1fr;gap:16px}
.cards div{background:#fff;padding:14px 18px;border-left:4px solid %(c1)s;font-size:15px;line-height:26px}
.cards i{display:block;font-style:normal;font-size:12px;color:#bbb}
"""


def topic(p, w=1536, h=900, q=68):
    """p: name (专题 name), sub, colors, title, date (unlabelled, light grey), unit, paras | cards."""
    c1, c2 = p.get("colors", ("#c23b22", "#e0823d"))
    menu = "".join(f"<span>{esc(m)}</span>" for m in p.get("menu", ["专题首页", "政策文件", "工作动态", "公告公示", "政策解读"]))
    hero = f'<div class="hero"><b>{esc(p["name"])}</b><div>{esc(p.get("sub", ""))}</div></div><div class="mn">{menu}</div>'
    if p.get("cards"):
        body = hero + '<div class="cards">' + "".join(f"<div>{esc(t)}<i>{esc(d)}</i></div>" for t, d in p["cards"]) + "</div>"
    else:
        by = f'<div class="by"><span>{esc(p["date"])}</span><span>{esc(p["unit"])}</span></div>'
        body = (f'{hero}<div class="art"><div class="bc">{esc(" / ".join(p["crumb"]))}</div><h1>{esc(p["title"])}</h1>'
                f'{by}{_ps(p["paras"])}</div>')
    return _finish(p, TOPIC_CSS % {"f": FONT, "w": w, "c1": c1, "c2": c2}, body, w, h, q)


# ---------------------------------------------------------------- design 4: "popup" article view (文章预览/打印视图)
POP_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#fff;color:#111;width:%(w)spx;overflow:hidden}
.pv{width:900px;margin:0 auto;padding:30px 0}
.pv .tl{font-size:12px;color:#999;border-bottom:1px solid #ccc;padding-bottom:4px;margin-bottom:26px}
.pv h1{font-size:22px;text-align:center;line-height:34px;font-weight:bold;color:#0b2e6b}
.pv .ln{text-align:center;font-size:13px;color:#555;margin:10px 0 18px;padding-bottom:12px;border-bottom:2px solid #0b2e6b}
.pv p{font-size:15px;line-height:28px;text-indent:2em;margin-bottom:6px}
.pv p.r{text-align:right}
.pv table{border-collapse:collapse;width:100%%;font-size:13px}
.pv td,.pv th{border:1px solid #888;padding:3px 5px;text-align:center}
.pv .op{text-align:center;margin-top:24px;font-size:13px;color:#0b2e6b}
"""


def popup(p, w=1366, h=768, q=72):
    """p: title, line (the centred source/date line, may hold no date), paras."""
    ln = f'<div class="ln">{esc(p["line"])}</div>' if p.get("line") else '<div class="ln">&nbsp;</div>'
    body = (f'<div class="pv"><div class="tl">{esc(p.get("toptext", SITE + " · 文章预览"))}</div><h1>{esc(p["title"])}</h1>{ln}'
            f'{_ps(p["paras"])}<div class="op">【打印本页】　【关闭窗口】</div></div>')
    return _finish(p, POP_CSS % {"f": FONT, "w": w}, body, w, h, q)


# ---------------------------------------------------------------- design 5: "dept" department sub-site, 1920 wide, teal
DEPT_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;background:#eef5f4;color:#2d3a3a;width:%(w)spx;overflow:hidden}
.h{height:110px;background:#0f6b66;color:#fff;padding:0 260px;display:flex;align-items:center}
.h b{font-size:32px;letter-spacing:3px}
.h em{font-style:normal;font-size:13px;margin-left:20px;padding:3px 10px;border:1px solid rgba(255,255,255,.6);border-radius:3px}
.h span{margin-left:auto;font-size:14px}
.n{background:#fff;height:52px;padding:0 260px;display:flex;box-shadow:0 2px 4px rgba(0,0,0,.08)}
.n a{line-height:52px;margin-right:44px;font-size:16px;color:#0f6b66}
.g{padding:20px 260px;display:flex}
.l{width:260px;margin-right:24px;background:#fff}
.l .t{background:#13857f;color:#fff;font-size:18px;line-height:50px;padding-left:20px}
.l div.i{line-height:44px;padding-left:20px;border-bottom:1px solid #e3eeec;font-size:15px}
.l div.on{color:#13857f;font-weight:bold;border-left:4px solid #13857f}
.r{flex:1;background:#fff;padding:20px 36px;min-height:700px}
.r .c{font-size:13px;color:#8aa;border-bottom:1px solid #e3eeec;padding-bottom:10px;margin-bottom:16px}
.r h1{text-align:center;font-size:24px;line-height:36px;color:#143}
.r .mt{text-align:center;margin:12px 0 18px;font-size:13px;color:#789}
.r .mt span{display:inline-block;background:#f0f6f5;border-radius:12px;padding:2px 14px;margin:0 6px}
.r p{font-size:16px;line-height:30px;text-indent:2em;margin-bottom:8px}
.r p.r2{text-align:right}
.r table{border-collapse:collapse;width:100%%;font-size:14px;margin:8px 0}
.r td,.r th{border:1px solid #b9cfcc;padding:5px;text-align:center}
.r th{background:#e7f2f0}
.r li{list-style:none;display:flex;line-height:44px;border-bottom:1px dashed #cfe0dd;font-size:15px}
.r li b{flex:1;font-weight:normal}
.r li i{font-style:normal;color:#8aa}
"""


def dept(p, w=1920, h=1000, q=70):
    """p: org (department name), menu, menu_on, crumb, title, chips (list of strings) | listing, paras."""
    nav = "".join(f"<a>{esc(x)}</a>" for x in ["首页", "机构概况", "政务公开", "公告公示", "办事服务", "互动交流"])
    left = '<div class="l"><div class="t">' + esc(p.get("menu_title", "信息公开")) + '</div>' + "".join(
        f'<div class="i {"on" if m == p.get("menu_on") else ""}">{esc(m)}</div>' for m in p.get("menu", [])) + '</div>'
    c = f'<div class="c">当前位置：{esc(" » ".join(p["crumb"]))}</div>'
    if p.get("listing") is not None:
        main = c + f'<h1 style="text-align:left;font-size:20px">{esc(p["title"])}</h1><ul>' + "".join(
            f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"]) + '</ul>'
    else:
        mt = '<div class="mt">' + "".join(f"<span>{esc(x)}</span>" for x in p.get("chips", [])) + '</div>'
        main = f'{c}<h1>{esc(p["title"])}</h1>{mt}{_ps(p["paras"])}'
    body = (f'<div class="h"><b>{esc(p["org"])}</b><em>{esc(p.get("tag", "永清县人民政府门户网站子站"))}</em>'
            f'<span>{esc(p.get("topright", "无障碍 | 关怀版 | 繁體"))}</span></div><div class="n">{nav}</div>'
            f'<div class="g">{left}<div class="r">{main}</div></div>')
    return _finish(p, DEPT_CSS % {"f": FONT, "w": w}, body, w, h, q)


# ---------------------------------------------------------------- browser window (a 360-style browser, no taskbar or with one)
WIN_CSS = """
.bw{position:absolute;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff}
.bt{height:36px;background:#2f7d32;display:flex;align-items:flex-end;padding-left:8px}
.bt span{background:#fff;height:30px;line-height:30px;width:230px;padding:0 12px;font-size:12px;border-radius:6px 6px 0 0;white-space:nowrap;overflow:hidden;margin-right:4px}
.bt span.x{background:#5d9b60;color:#eef}
.ba{height:40px;background:#fff;border-bottom:1px solid #ccc;display:flex;align-items:center;padding:0 10px;font-size:14px}
.ba i{font-style:normal;color:#777;margin-right:14px;font-size:16px}
.ba .u{flex:1;height:28px;line-height:28px;border:1px solid #8bc48d;border-radius:3px;padding-left:10px;color:#222;background:#fafffa}
.bv{position:absolute;top:76px;left:0;right:0;bottom:%(tb)spx;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#1f2a36;color:#fff}
.tk .s{float:left;width:46px;height:40px;background:#3b7dd8}
.tk .c{float:right;font-size:12px;line-height:17px;padding:3px 16px;text-align:center}
"""


def _finish(p, css, body, w, h, q):
    title = p.get("tab", p.get("title", SITE))
    if p.get("url"):
        tb = 40 if p.get("clock") else 0
        task = ""
        if p.get("clock"):
            t, d = p["clock"]
            task = f'<div class="tk"><div class="s"></div><div class="c">{esc(t)}<br>{esc(d)}</div></div>'
        body = (f'<div class="bw"><div class="bt"><span>{esc(title)}</span><span class="x">{esc(p.get("tab2", "360导航"))}</span></div>'
                f'<div class="ba"><i>&#8592;</i><i>&#8594;</i><i>&#8635;</i><div class="u">{esc(p["url"])}</div></div>'
                f'<div class="bv">{body}</div>{task}</div>')
        css += WIN_CSS % {"w": w, "h": h, "tb": tb}
    return html_doc(title, css, body), (w, h, q)


# ---------------------------------------------------------------- phone pages
def wechat(p, w=414):
    """A WeChat article at 414 (or zoomed to 1080)."""
    h, size = phone("wechat", title=p["title"], account=p["account"], byline=p["byline"], pic=p.get("pic"),
                    paras=p["paras"], reads=p.get("reads", "阅读 3026　　在看 41"), clock=p.get("clock", "10:21"),
                    c1=p.get("c1", "#f2c36b"), c2=p.get("c2", "#b6452c"))
    if p.get("light"):
        h = h.replace("</style>", ".art .m{color:#c8c8c8;font-size:13px}.art .m a{color:#9fb0cc}</style>", 1)
    return _zoom(h, w, 896)


def wechat_home(p, w=414):
    h, size = phone("history", account=p["account"], logo=p["logo"], intro=p["intro"], days=p["days"], clock=p.get("clock", "16:05"))
    return _zoom(h, w, 896)


def _zoom(h, w, base_h):
    if w == 414:
        return h, (414, base_h, 75)
    z = w / 414
    h = h.replace("</style>", f"html{{zoom:{z:.4f}}}</style>", 1)
    return h, (w, int(base_h * z), 78)


APP_CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(f)s;width:720px;background:#f4f6fa;color:#222;overflow:hidden}
.st{height:48px;background:#1565c0;color:#fff;font-size:22px;line-height:48px;padding:0 24px}
.st span{float:right;font-size:20px}
.ti{height:92px;background:#1976d2;color:#fff;font-size:30px;line-height:92px;text-align:center;position:relative}
.ti:before{content:'\\2039';position:absolute;left:28px;font-size:56px}
.cd{background:#fff;margin:18px;border-radius:12px;padding:26px 28px}
.cd h2{font-size:32px;line-height:46px;margin-bottom:14px}
.cd .mt{font-size:22px;color:#888;margin-bottom:22px;border-bottom:1px solid #eee;padding-bottom:16px}
.cd p{font-size:26px;line-height:44px;margin-bottom:14px;text-align:justify}
.cd .kv{display:flex;font-size:25px;line-height:56px;border-bottom:1px solid #f0f0f0}
.cd .kv b{width:210px;font-weight:normal;color:#777}
.cd .kv i{flex:1;font-style:normal}
.cd .in{height:60px;border:1px solid #ccd;border-radius:8px;margin:6px 0 16px}
.cd .lb{font-size:25px;color:#555}
.bn{margin:10px 18px;background:#1976d2;color:#fff;text-align:center;font-size:28px;line-height:84px;border-radius:42px}
.tab{position:absolute;left:0;right:0;bottom:0;height:100px;background:#fff;border-top:1px solid #ddd;display:flex}
.tab span{flex:1;text-align:center;font-size:20px;color:#888;padding-top:58px}
"""


def app(p):
    """A 政务APP page, 720 x 1520: article (title, meta, paras), key/value card (kv) or a form (fields)."""
    if p.get("fields"):
        inner = "".join(f'<div class="lb">{esc(f)}</div><div class="in"></div>' for f in p["fields"])
        card = f'<div class="cd"><h2>{esc(p["title"])}</h2>{_ps(p.get("paras", []))}{inner}</div><div class="bn">提交申请</div>'
    elif p.get("kv"):
        card = (f'<div class="cd"><h2>{esc(p["title"])}</h2>' + "".join(
            f'<div class="kv"><b>{esc(k)}</b><i>{esc(v)}</i></div>' for k, v in p["kv"]) + f'{_ps(p.get("paras", []))}</div>')
    else:
        card = f'<div class="cd"><h2>{esc(p["title"])}</h2><div class="mt">{esc(p["meta"])}</div>{_ps(p["paras"])}</div>'
    body = (f'<div class="st">{esc(p.get("clock", "9:47"))}<span>5G ▮▮▮ 64%</span></div><div class="ti">{esc(p.get("app", "永清政务"))}</div>'
            f'{card}<div class="tab"><span>首页</span><span>办事</span><span>公开</span><span>我的</span></div>')
    return html_doc(p["title"], APP_CSS % {"f": FONT}, body), (720, 1520, 80)


def screen_photo(inner, size, out=(1200, 900), tilt=(-7, 2.5), q=66, phone_like=False):
    """A phone photo of a screen: the page in an iframe, in perspective, dark surround, moiré, glare."""
    w, h = size[0], size[1]
    ow, oh = out
    s = min((ow - 120) / w, (oh - 80) / h)
    frame = "border:14px solid #111;border-radius:28px" if phone_like else "border:18px solid #1b1b1b;border-bottom-width:30px"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{ow}px;height:{oh}px;overflow:hidden;background:radial-gradient(ellipse at 50% 40%,#4a4540,#1d1a17)}}"
           f".m{{position:absolute;left:50%;top:50%;width:{w}px;height:{h}px;margin-left:{-w / 2}px;margin-top:{-h / 2}px;{frame};"
           f"transform:perspective(1800px) rotateY({tilt[0]}deg) rotate({tilt[1]}deg) scale({s:.3f});transform-origin:50% 50%;box-shadow:0 20px 60px #000}}"
           "iframe{width:100%;height:100%;border:0;display:block;background:#fff}"
           ".o{position:absolute;left:0;top:0;right:0;bottom:0;pointer-events:none;"
           "background:radial-gradient(ellipse at 70% 20%,rgba(255,255,255,.28),rgba(255,255,255,0) 35%),"
           "repeating-linear-gradient(8deg,rgba(0,0,0,.07) 0 1px,rgba(0,0,0,0) 1px 3px)}")
    body = f'<div class="m"><iframe srcdoc="{_html.escape(inner, quote=True)}"></iframe></div><div class="o"></div>'
    return html_doc("photo", css, body), (ow, oh, q)


# ---------------------------------------------------------------- documents
SEAL_CSS = (".sig{position:relative}.seal{position:absolute;width:150px;height:150px;border:4px solid %(c)s;border-radius:50%%;"
            "color:%(c)s;font-size:15px;text-align:center;line-height:20px;padding-top:42px;right:%(r)s;top:%(t)s;transform:rotate(%(a)sdeg)}"
            ".seal:before{content:'★';display:block;font-size:34px;line-height:40px}")


def doc(d, seal=None, seal_color="rgba(214,24,36,.78)", seal_pos=("10px", "-14px"), angle=-8, extra_css=""):
    """A formal document (templates.docpage) with an optional round seal over the signature block."""
    h = docpage(d)
    if seal:
        h = h.replace('<div class="sig">', f'<div class="sig"><div class="seal">{esc(seal)}</div>', 1)
        h = h.replace("</style>", SEAL_CSS % {"c": seal_color, "r": seal_pos[0], "t": seal_pos[1], "a": angle} + extra_css + "</style>", 1)
    elif extra_css:
        h = h.replace("</style>", extra_css + "</style>", 1)
    return h


def colour_scan(inner_doc_html, rotate=-0.6, q=58):
    """A colour flatbed scan (150 dpi A4, 1240 x 1754): slightly yellow paper, no grayscale."""
    import re
    b = inner_doc_html.index("<body>") + 6
    inner = inner_doc_html[b:inner_doc_html.rindex("</body>")]
    style = inner_doc_html[inner_doc_html.index("<style>") + 7:inner_doc_html.index("</style>")]
    style = re.sub(r"@page\{[^}]*\}", "", style).replace("body{", ".paper{")
    css = ("*{margin:0;padding:0}html,body{width:1240px;height:1754px;overflow:hidden;background:#f4f1e8}" + style +
           f".paper{{position:absolute;left:44px;top:40px;width:794px;min-height:1123px;padding:70px 84px;background:#fbf9f2;"
           f"transform:rotate({rotate}deg) scale(1.5);transform-origin:0 0;font-size:18px;filter:contrast(1.1) saturate(.9)}}")
    return html_doc("scan", css, f'<div class="paper">{inner}</div>'), (1240, 1754, q)


GAZ_CSS = """
@page{size:A4;margin:20mm 22mm}
*{margin:0;padding:0}
body{font-family:%(s)s;font-size:12pt;line-height:1.8}
.mast{color:#c00;text-align:center;font-size:34pt;letter-spacing:6px;margin-top:20mm}
.iss{text-align:center;font-size:12pt}
.rl{border-top:3px double #c00;margin:5mm 0}
h2{text-align:center;font-size:16pt;font-weight:normal;margin:6mm 0 3mm}
.toc p{text-indent:0;display:flex}
.toc p b{flex:1;font-weight:normal}
p{text-indent:2em}
p.r{text-align:right}
.pb{page-break-before:always}
"""


def gazette(issue_line, date_line, toc, articles):
    """A county gazette: mast, issue line, 出版 line, 目录 and articles on later pages."""
    t = "".join(f'<p><b>{esc(a)}</b>（{esc(b)}）</p>' for a, b in toc)
    arts = "".join(f'<div class="pb"><h2>{esc(a["title"])}</h2>{_ps(a["paras"])}'
                   + "".join(f'<p class="r">{esc(s)}</p>' for s in a["sign"]) + '</div>' for a in articles)
    body = (f'<div class="mast">永清县人民政府公报</div><div class="iss">{esc(issue_line)}</div>'
            f'<div class="iss">{esc(date_line)}</div><div class="rl"></div><h2>目　录</h2><div class="toc">{t}</div>{arts}')
    return html_doc("永清县人民政府公报", GAZ_CSS % {"s": SERIF}, body)


def printed(title, css_extra, body_html):
    """A plain printable page (text PDF of a report / a 公示)."""
    css = ("@page{size:A4;margin:20mm 22mm}*{margin:0;padding:0}body{font-family:%s;font-size:12pt;line-height:1.8}"
           "h1{text-align:center;font-size:18pt;font-weight:normal;margin:4mm 0 5mm}p{text-indent:2em}p.r{text-align:right}p.n{text-indent:0}"
           "table{border-collapse:collapse;width:100%%;font-size:10.5pt;margin:3mm 0}td,th{border:1px solid #000;padding:2px 4px;text-align:center}" % SERIF)
    return html_doc(title, css + css_extra, body_html)
