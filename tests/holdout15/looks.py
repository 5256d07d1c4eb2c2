"""Page looks of hold-out 15 (三河市): five desktop designs, a browser window, phone pages (WeChat,
政务APP), phone photos of screens and of paper, and colour scans of red-header documents with seals.

Every page function returns (html, (width, height, jpeg_quality)) for Out.shot.
"""
import html as _h

FONT = "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif"
SERIF = "'WenQuanYi Zen Hei','WenQuanYi Micro Hei',serif"


def esc(s):
    return _h.escape(s, quote=True)


def doc(title, css, body):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


def paras(ps):
    return "".join(x if x.startswith("<") else f"<p>{esc(x)}</p>" for x in ps)


# ---------------------------------------------------------------- desktop designs
# "yanjiao": a 1440-ish county portal, sky-blue header with a wave band, white card content, meta line
#            left-aligned under the title with share icons.
# "jiyue":  a 河北 provincial cluster (集约化) county site, brick-brown header, 日期/来源 line with 【大 中 小】
#           and the cluster footer.
# "gkpt":   三河市政府信息公开平台: moss-green bar, left 公开目录 tree, 2-column metadata box with dark label cells.
# "plain":  an old 1024-wide table county site centred in a wider window, blue rules, unlabelled bylines.
# "dept":   a department site with a violet ribbon; the date sits small at the foot of the article.

BASE = """*{margin:0;padding:0;box-sizing:border-box}
body{font-family:%(font)s;color:#333;width:%(w)spx;overflow:hidden;zoom:%(zoom)s}
ul{list-style:none}
.lst li{display:flex;border-bottom:1px dashed #d8d8d8;line-height:40px;font-size:15px}
.lst li b{flex:1;font-weight:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lst li i{font-style:normal;color:#888;margin-left:12px}
.pg{text-align:center;color:#777;font-size:13px;margin:14px 0}
.art p{text-indent:2em;line-height:30px;font-size:16px;margin-bottom:8px}
.art p.r{text-align:right;text-indent:0}
.art table{border-collapse:collapse;width:100%%;font-size:13px;margin:8px 0}
.art td,.art th{border:1px solid #bbb;padding:4px 6px;text-align:center}
.rel{margin-top:16px;padding-top:8px}
.rel li{display:flex;line-height:28px;font-size:14px}
.rel li b{flex:1;font-weight:normal}
.rel li i{font-style:normal;color:#999}
.form td{border:1px solid #ddd;padding:8px;font-size:14px}
.form td.k{width:180px;text-align:right;background:#f6f6f6}
.in{display:inline-block;width:360px;height:26px;border:1px solid #bbb;vertical-align:middle}
"""

DESIGNS = {
    "yanjiao": """
body{background:#eef3f8}
.top{height:30px;line-height:30px;background:#fff;font-size:12px;color:#666;padding:0 80px}
.top span{float:right}
.hd{height:130px;background:linear-gradient(180deg,#2d8fd5,#6cb8ee);position:relative;padding:30px 80px;color:#fff;overflow:hidden}
.hd:after{content:'';position:absolute;left:-10%%;right:-10%%;bottom:-40px;height:80px;border-radius:50%%;background:rgba(255,255,255,.25)}
.hd .n{font-size:38px;font-family:%(serif)s;letter-spacing:6px;text-shadow:0 2px 3px rgba(0,0,0,.25)}
.hd .e{font-size:12px;letter-spacing:2px;opacity:.85}
.hd .s{position:absolute;right:80px;top:46px;width:300px;height:34px;border-radius:17px;background:#fff;color:#aaa;font-size:13px;line-height:34px;padding-left:16px}
.nv{background:#fff;border-bottom:3px solid #2d8fd5;display:flex;padding:0 80px}
.nv a{flex:1;text-align:center;line-height:50px;font-size:17px;color:#1b4f7a}
.nv a.on{background:#2d8fd5;color:#fff}
.crumb{padding:12px 80px;font-size:13px;color:#6a7a8a}
.card{margin:0 80px 20px;background:#fff;border-radius:6px;box-shadow:0 1px 6px rgba(0,40,80,.1);padding:24px 60px 30px;min-height:600px}
h1{font-size:26px;color:#1a2a3a;line-height:38px;text-align:center}
.meta{font-size:13px;color:#7a8794;margin:12px 0 18px;padding-bottom:12px;border-bottom:1px solid #e3e9ef;text-align:center}
.meta span{margin:0 10px}
.share{float:right;color:#2d8fd5}
.rel{border-top:2px solid #2d8fd5}
.lstbox{display:flex}
.menu{width:220px;margin-right:24px}
.menu div{line-height:44px;border-bottom:1px solid #e3e9ef;padding-left:18px;font-size:15px}
.menu div.on{background:#2d8fd5;color:#fff}
.lst{flex:1}
.lst h2{font-size:19px;color:#1b4f7a;border-bottom:2px solid #2d8fd5;padding-bottom:8px}
.ft{background:#1b4f7a;color:#cfe0ef;text-align:center;font-size:12px;line-height:24px;padding:18px}
""",
    "jiyue": """
body{background:#f4f1ec}
.hd{height:118px;background:linear-gradient(90deg,#7b2d26,#a8483c 60%%,#7b2d26);padding:24px 70px;color:#fde9c9;position:relative}
.hd .n{font-size:36px;font-weight:bold;letter-spacing:4px}
.hd .e{font-size:13px;margin-top:4px;color:#f3d7b4}
.hd .s{position:absolute;right:70px;top:40px;font-size:13px;color:#fde9c9}
.nv{background:#5d1f1a;height:46px;display:flex;padding:0 70px}
.nv a{flex:1;text-align:center;line-height:46px;color:#fff;font-size:16px;border-right:1px solid #7b3a33}
.nv a.on{background:#c8a063;color:#5d1f1a}
.wrap{margin:14px 70px;background:#fff;border:1px solid #e2d8cc;padding:18px 50px 30px;min-height:620px}
.crumb{font-size:13px;color:#8a6d5a;border-bottom:1px solid #eadfd3;padding-bottom:8px;margin-bottom:16px}
h1{font-size:24px;text-align:center;color:#3a1a14;line-height:36px}
.meta{background:#f7f0e6;text-align:center;font-size:13px;color:#6d5a4c;line-height:32px;margin:12px 0 18px}
.meta span{margin:0 12px}
.rel{border-top:2px solid #7b2d26}
.lstbox{display:flex}
.menu{width:210px;margin-right:24px;border:1px solid #eadfd3}
.menu .t{background:#7b2d26;color:#fff;line-height:44px;padding-left:18px;font-size:17px}
.menu div{line-height:40px;padding-left:18px;border-bottom:1px solid #f0e6da;font-size:15px}
.lst{flex:1}
.lst h2{font-size:18px;color:#7b2d26;border-bottom:1px solid #eadfd3;padding-bottom:8px}
.ft{background:#5d1f1a;color:#e8d2bb;text-align:center;font-size:12px;line-height:24px;padding:16px}
""",
    "gkpt": """
body{background:#f2f4f1}
.hd{height:96px;background:#fff;border-bottom:4px solid #3f6b55;padding:20px 60px;display:flex;align-items:center}
.hd .em{width:56px;height:56px;border-radius:28px;background:radial-gradient(#e8c15a,#c0392b);margin-right:16px}
.hd .n{font-size:30px;color:#2b4d3c;font-weight:bold;letter-spacing:2px}
.hd .e{font-size:12px;color:#7c8f84}
.nv{background:#3f6b55;height:42px;padding:0 60px}
.nv a{display:inline-block;line-height:42px;color:#fff;padding:0 22px;font-size:15px}
.nv a.on{background:#2b4d3c}
.wrap{display:flex;margin:14px 60px}
.tree{width:230px;background:#fff;border:1px solid #d8e0da;margin-right:16px;font-size:14px}
.tree .t{background:#e4ece6;color:#2b4d3c;font-weight:bold;line-height:40px;padding-left:14px}
.tree div{line-height:32px;padding-left:22px;color:#555}
.tree div.on{color:#c0392b}
.main{flex:1;background:#fff;border:1px solid #d8e0da;padding:16px 30px 30px;min-height:640px}
.crumb{font-size:13px;color:#777;margin-bottom:12px}
table.mb{width:100%%;border-collapse:collapse;font-size:13px;margin-bottom:18px}
table.mb td{border:1px solid #c9d6cc;padding:6px 10px;line-height:20px}
table.mb td.k{background:#3f6b55;color:#fff;width:110px;text-align:center}
h1{font-size:23px;text-align:center;color:#222;line-height:34px;margin-bottom:12px}
.lst h2{font-size:18px;color:#2b4d3c;border-bottom:2px solid #3f6b55;padding-bottom:8px}
.lst li i.d2{width:110px;text-align:center}
.ft{background:#2b4d3c;color:#cfe0d4;text-align:center;font-size:12px;line-height:24px;padding:14px}
""",
    "plain": """
body{background:#dfe6ee}
.pg0{width:1024px;margin:0 auto;background:#fff;font-size:12px}
.hd{height:110px;background:linear-gradient(90deg,#1d4e9e,#4a82d0);color:#fff;padding:26px 24px}
.hd .n{font-size:32px;font-family:%(serif)s;letter-spacing:3px}
.hd .e{font-size:11px}
.nv{background:#e9eef6;border-bottom:2px solid #1d4e9e;line-height:30px;padding:0 16px;font-size:13px}
.nv a{margin-right:22px;color:#1d4e9e}
.crumb{font-size:12px;color:#555;padding:8px 16px;border-bottom:1px solid #ccd}
.body0{padding:14px 40px 24px;min-height:560px}
h1{font-size:20px;text-align:center;color:#c00;line-height:30px}
.meta{text-align:center;font-size:12px;color:#666;margin:6px 0 12px;border-bottom:1px solid #ccd;padding-bottom:8px}
.art p{font-size:14px;line-height:26px}
.lst li{line-height:28px;font-size:13px}
.lst h2{font-size:15px;color:#1d4e9e;border-bottom:1px solid #1d4e9e;padding-bottom:4px}
.ft{border-top:2px solid #1d4e9e;text-align:center;font-size:11px;color:#555;line-height:20px;padding:10px}
""",
    "dept": """
body{background:#fafafa}
.hd{height:100px;background:#fff;padding:22px 70px;border-top:6px solid #5b3d99;position:relative}
.hd .n{font-size:30px;color:#3b2470;font-weight:bold;letter-spacing:2px}
.hd .e{font-size:13px;color:#8a7bb0}
.hd .s{position:absolute;right:70px;top:38px;font-size:13px;color:#8a7bb0}
.nv{background:linear-gradient(90deg,#5b3d99,#7c5cc4);height:44px;padding:0 70px}
.nv a{display:inline-block;color:#fff;line-height:44px;margin-right:40px;font-size:16px}
.crumb{padding:12px 70px;font-size:13px;color:#888}
.wrap{margin:0 70px 24px;background:#fff;border:1px solid #e6e1f0;padding:24px 70px 26px;min-height:560px}
h1{font-size:25px;color:#222;line-height:36px;text-align:center;margin-bottom:8px}
.src{text-align:center;font-size:13px;color:#999;margin-bottom:16px}
.foot{margin-top:18px;text-align:right;font-size:12px;color:%(light)s;border-top:1px solid #eee;padding-top:8px}
.lst h2{font-size:18px;color:#5b3d99;border-bottom:2px solid #5b3d99;padding-bottom:8px}
.ft{background:#2f2250;color:#c9bfe6;text-align:center;font-size:12px;line-height:24px;padding:16px}
""",
}


def _nav(p, default):
    on = p.get("on", "政务公开")
    return "".join(f'<a class="{"on" if n == on else ""}">{esc(n)}</a>' for n in p.get("nav", default))


def _content(p, design):
    """The article / list / form block shared by the designs."""
    if p.get("listing") is not None:
        rows = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["listing"])
        box = "".join(f'<div style="background:#f7f7f2;border:1px solid #e4e4dc;padding:10px 14px;margin:10px 0;font-size:14px;line-height:24px">{b}</div>' for b in p.get("box", []))
        return (f'<div class="lst"><h2>{esc(p["title"])}</h2>{box}<ul>{rows}</ul></div>'
                f'<div class="pg">{esc(p.get("pager", "共 86 条　首页 上一页 1 2 3 4 5 下一页 尾页"))}</div>')
    if p.get("form") is not None:
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{v}</td></tr>' for k, v in p["form"])
        box = "".join(f'<div style="padding:8px 0;font-size:14px;line-height:24px;color:#555">{b}</div>' for b in p.get("box", []))
        return (f'<h1>{esc(p["title"])}</h1>{box}<table class="form" style="border-collapse:collapse;width:100%">{rows}</table>'
                '<div style="text-align:center;margin-top:14px"><span style="background:#2d6aa8;color:#fff;padding:7px 30px">提　交</span></div>')
    grid = ""
    if p.get("grid"):
        cells = p["grid"]
        rows = ""
        for i in range(0, len(cells), 2):
            pair = cells[i:i + 2]
            rows += "<tr>" + "".join(f'<td class="k">{esc(k)}</td><td>{esc(v)}</td>' for k, v in pair) + "</tr>"
        grid = f'<table class="mb">{rows}</table>'
    meta = p.get("meta", "")
    sub = f'<div style="text-align:center;color:#666;font-size:14px;margin-top:4px">{esc(p["sub"])}</div>' if p.get("sub") else ""
    rel = ""
    if p.get("related"):
        rel = (f'<div class="rel"><div style="font-size:15px;font-weight:bold;margin-bottom:4px">{esc(p.get("related_title", "相关阅读"))}</div><ul>'
               + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in p["related"]) + '</ul></div>')
    foot = p.get("foot", "")
    return f'{grid}<h1>{esc(p["title"])}</h1>{sub}{meta}<div class="art">{paras(p["paras"])}</div>{foot}{rel}'


def desk(design, p, w=1366, h=900, zoom=1.0, q=80, frame=None, fmt_light="#bbb"):
    """A desktop page of one of the five designs. frame: dict(url, tab2, clock=(time, date) or None)
    draws a Chrome window around it (the page is then shown in the window's view)."""
    site = p.get("site", "三河市人民政府")
    cw = int(w / zoom)
    css = BASE % {"font": FONT, "w": cw, "zoom": 1 if frame else zoom} + DESIGNS[design] % {"serif": SERIF, "light": fmt_light}
    if frame:
        css += ".vw > .pz{zoom:%s;width:%dpx !important}" % (zoom, cw)
    c = _content(p, design)
    crumb = esc(" > ".join(p.get("crumb", ["首页", "政务公开"])))
    if design == "yanjiao":
        nav = _nav(p, ["首页", "政务公开", "政务服务", "政民互动", "走进三河", "专题专栏"])
        inner = (f'<div class="top">{esc(p.get("topline", "欢迎访问三河市人民政府网站"))}<span>无障碍　|　关怀版　|　微信　|　微博　|　手机版</span></div>'
                 f'<div class="hd"><div class="n">{esc(site)}</div><div class="e">www.san-he.gov.cn</div><div class="s">搜索本站内容</div></div>'
                 f'<div class="nv">{nav}</div><div class="crumb">您的位置：{crumb}</div>')
        if p.get("listing") is not None:
            menu = "".join(f'<div class="{"on" if m == p.get("menu_on") else ""}">{esc(m)}</div>' for m in p.get("menu", []))
            inner += f'<div class="card"><div class="lstbox"><div class="menu">{menu}</div><div style="flex:1">{c}</div></div></div>'
        else:
            inner += f'<div class="card">{c}</div>'
        inner += '<div class="ft">主办：三河市人民政府办公室　承办：三河市融媒体中心　冀ICP备05012345号　政府网站标识码：1310820001<br>冀公网安备 13108202000123号</div>'
    elif design == "jiyue":
        nav = _nav(p, ["首页", "信息公开", "政务服务", "互动交流", "数据发布", "走进三河"])
        inner = (f'<div class="hd"><div class="n">{esc(site)}</div><div class="e">河北省人民政府网站集约化平台</div>'
                 f'<div class="s">河北省人民政府　|　廊坊市人民政府　|　智能问答</div></div><div class="nv">{nav}</div>')
        if p.get("listing") is not None:
            menu = "".join(f'<div>{esc(m)}</div>' for m in p.get("menu", []))
            inner += (f'<div class="wrap"><div class="crumb">当前位置：{crumb}</div><div class="lstbox"><div class="menu">'
                      f'<div class="t">{esc(p.get("menu_title", "栏目导航"))}</div>{menu}</div><div style="flex:1">{c}</div></div></div>')
        else:
            inner += f'<div class="wrap"><div class="crumb">当前位置：{crumb}</div>{c}</div>'
        inner += '<div class="ft">主办单位：三河市人民政府办公室　技术支持：河北省政府网站集约化平台<br>网站标识码：1310820001　冀ICP备05012345号</div>'
    elif design == "gkpt":
        nav = _nav(p, ["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
        tree = "".join(f'<div class="{"on" if t == p.get("tree_on") else ""}">{esc(t)}</div>' for t in p.get("tree", [
            "机构职能", "政策文件", "规划计划", "财政资金", "重点领域", "政务服务", "政策解读", "统计数据"]))
        inner = (f'<div class="hd"><div class="em"></div><div><div class="n">{esc(p.get("site", "三河市政府信息公开平台"))}</div>'
                 f'<div class="e">xxgk.san-he.gov.cn</div></div></div><div class="nv">{nav}</div>'
                 f'<div class="wrap"><div class="tree"><div class="t">{esc(p.get("unit", "公开目录"))}</div>{tree}</div>'
                 f'<div class="main"><div class="crumb">当前位置：{crumb}</div>{c}</div></div>'
                 '<div class="ft">三河市人民政府办公室主办　网站标识码：1310820001</div>')
    elif design == "plain":
        nav = "".join(f'<a>{esc(n)}</a>' for n in p.get("nav", ["网站首页", "政务动态", "信息公开", "政策法规", "办事服务", "公众参与", "专题专栏"]))
        inner = (f'<div class="pg0"><div class="hd"><div class="n">{esc(site)}</div><div class="e">{esc(p.get("en", "SANHE CITY"))}</div></div>'
                 f'<div class="nv">{nav}</div><div class="crumb">您现在的位置：{crumb}</div>'
                 f'<div class="body0">{c}</div><div class="ft">版权所有：{esc(site)}　地址：三河市迎宾路×号　邮编：065200<br>'
                 f'建议使用1024×768分辨率浏览</div></div>')
    else:  # dept
        nav = "".join(f'<a>{esc(n)}</a>' for n in p.get("nav", ["首页", "机构概况", "工作动态", "通知公告", "政策法规", "信息公开", "办事指南"]))
        inner = (f'<div class="hd"><div class="n">{esc(site)}</div><div class="e">{esc(p.get("en", ""))}</div>'
                 f'<div class="s">{esc(p.get("topline", "设为首页　加入收藏"))}</div></div>'
                 f'<div class="nv">{nav}</div><div class="crumb">当前位置：{crumb}</div><div class="wrap">{c}</div>'
                 f'<div class="ft">主办：{esc(site)}　地址：三河市×××路　联系电话：0316-3212×××</div>')
    title = p.get("tab", p["title"])
    if frame:
        return window(title, css, inner, w, h, frame, q)
    return doc(title, css, inner), (w, h, q)


FRAME = """
.win{position:fixed;left:0;top:0;width:%(w)spx;height:%(h)spx;overflow:hidden;background:#fff;zoom:1}
.chr{height:80px;background:#dee1e6;font-size:12px;font-family:%(font)s}
.tabs{height:40px;padding:8px 0 0 10px}
.tb{display:inline-block;background:#fff;width:230px;height:32px;line-height:32px;padding:0 14px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden;color:#222}
.tb2{display:inline-block;width:190px;height:32px;line-height:32px;padding:0 14px;color:#555;white-space:nowrap;overflow:hidden}
.ab{background:#fff;height:40px;padding:5px 10px;display:flex;align-items:center}
.ab .ic{color:#5f6368;width:90px;font-size:15px;letter-spacing:8px}
.ab .u{flex:1;background:#f1f3f4;height:30px;line-height:30px;border-radius:15px;padding:0 16px;font-size:14px;color:#202124}
.ab .u em{font-style:normal;color:#80868b;margin-right:6px}
.vw{position:absolute;top:80px;left:0;right:0;bottom:%(tk)spx;overflow:hidden}
.vw > .pz{width:%(w)spx}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#202a36;color:#fff;font-family:%(font)s}
.tk .st{float:left;width:48px;height:40px;background:#0078d7}
.tk .sr{float:left;width:240px;height:40px;background:#f3f3f3;color:#666;line-height:40px;padding-left:12px;font-size:13px}
.tk .ap{float:left;width:44px;height:32px;margin:4px 3px;background:#3a4656;border-bottom:2px solid #8ab4f8}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""


def window(title, css, inner, w, h, fr, q):
    """A Chrome window (tab strip, address bar with the page URL) and, if fr['clock'], a Windows taskbar."""
    tk = 40 if fr.get("clock") else 0
    css = css.replace("overflow:hidden;zoom", "overflow:hidden;zoom", 1) + FRAME % {"w": w, "h": h, "tk": tk, "font": FONT}
    clock = ""
    if fr.get("clock"):
        t, d = fr["clock"]
        clock = (f'<div class="tk"><div class="st"></div><div class="sr">在这里输入你要搜索的内容</div><div class="ap"></div>'
                 f'<div class="ap"></div><div class="ap"></div><div class="ck">{esc(t)}<br>{esc(d)}</div></div>')
    url = fr["url"]
    scheme = "不安全" if url.startswith("http://") else ""
    shown = url.replace("http://", "").replace("https://", "")
    body = (f'<div class="win"><div class="chr"><div class="tabs"><span class="tb">{esc(title)}</span>'
            f'<span class="tb2">{esc(fr.get("tab2", "新标签页"))}</span></div>'
            f'<div class="ab"><span class="ic">←→⟳</span><div class="u"><em>{esc(scheme)}</em>{esc(shown)}</div></div></div>'
            f'<div class="vw"><div class="pz">{inner}</div></div>{clock}</div>')
    return doc(title, css, body), (w, h, q)


# ---------------------------------------------------------------- phone pages
PHONE = """*{margin:0;padding:0;box-sizing:border-box}
html,body{width:%(w)spx;overflow:hidden;background:#fff}
.z{width:414px;zoom:%(zoom)s;font-family:%(font)s;color:#222}
.sb{height:26px;line-height:26px;font-size:13px;padding:0 16px;background:%(bar)s;color:%(barfg)s;font-weight:bold}
.sb span{float:right;font-weight:normal}
.tt{height:46px;line-height:46px;text-align:center;font-size:16px;background:%(bar)s;color:%(barfg)s;border-bottom:1px solid #e5e5e5;position:relative}
.tt:before{content:'\\2715';position:absolute;left:16px;font-size:18px}
.tt:after{content:'\\00B7\\00B7\\00B7';position:absolute;right:16px;font-weight:bold}
.art{padding:20px 18px 30px}
.art h2{font-size:22px;line-height:31px;margin-bottom:12px}
.art .m{font-size:14px;color:%(byline)s;margin-bottom:18px}
.art .m a{color:#576b95;margin-right:8px}
.art p{font-size:16px;line-height:28px;margin-bottom:14px;text-align:justify;color:#333}
.pic{height:170px;margin:4px 0 14px;background:linear-gradient(135deg,%(c1)s,%(c2)s);color:#fff;text-align:center;padding-top:66px;font-size:18px}
.rd{font-size:13px;color:#999}
.app .hdr{background:%(bar)s;color:#fff;padding:14px 16px 18px}
.app h2{font-size:20px;line-height:29px;padding:16px 16px 6px}
.app .m{font-size:13px;color:#888;padding:0 16px 12px;border-bottom:1px solid #eee}
.app p{font-size:16px;line-height:28px;padding:0 16px;margin:12px 0;text-indent:2em}
.hl .pf{text-align:center;padding:18px 0 12px;border-bottom:1px solid #eee}
.hl .lg{width:64px;height:64px;border-radius:32px;margin:0 auto 8px;background:%(c2)s;color:#fff;line-height:64px;font-size:15px}
.hl .it{display:flex;padding:10px 16px;border-bottom:1px solid #f0f0f0}
.hl .it b{flex:1;font-weight:normal;font-size:15px;line-height:22px}
.hl .it i{width:66px;height:50px;margin-left:10px;background:linear-gradient(135deg,%(c1)s,%(c2)s)}
.menu3{position:absolute;bottom:0;left:0;right:0;display:flex;border-top:1px solid #ddd;background:#fafafa}
.menu3 div{flex:1;text-align:center;line-height:48px;font-size:14px;color:#333;border-right:1px solid #e5e5e5}
"""


def phone(kind, w, k, bar="#ededed", barfg="#111", byline="#9a9a9a", c1="#7fb6e6", c2="#2f6fae", q=80, h=None):
    """kind: wechat (title, account, byline, pic, paras, reads), app (app, title, meta, paras),
    home (account, intro, items). Drawn 414 CSS px wide, zoomed to w device px."""
    zoom = w / 414
    h = h or int(896 * zoom)
    css = PHONE % {"w": w, "zoom": zoom, "font": FONT, "bar": bar, "barfg": barfg, "byline": byline, "c1": c1, "c2": c2}
    sb = f'<div class="sb">{esc(k.get("clock", "10:26"))}<span>{esc(k.get("sig", "5G 82%"))}</span></div>'
    if kind == "wechat":
        pic = f'<div class="pic">{esc(k["pic"])}</div>' if k.get("pic") else ""
        body = (f'{sb}<div class="tt">　</div><div class="art"><h2>{esc(k["title"])}</h2>'
                f'<div class="m"><a>{esc(k["account"])}</a>{esc(k["byline"])}</div>{pic}{paras(k["paras"])}'
                f'<div class="rd">{esc(k.get("reads", "阅读 3521　　在看 18"))}</div></div>')
    elif kind == "app":
        body = (f'{sb}<div class="app"><div class="hdr"><div style="font-size:18px;font-weight:bold">{esc(k["app"])}</div>'
                f'<div style="font-size:12px;opacity:.85">{esc(k.get("appsub", "掌上政务服务"))}</div></div>'
                f'<h2>{esc(k["title"])}</h2><div class="m">{esc(k["meta"])}</div>{paras(k["paras"])}</div>')
    else:
        its = "".join(f'<div class="it"><b>{esc(t)}</b><i></i></div>' for t in k["items"])
        body = (f'{sb}<div class="tt">{esc(k["account"])}</div><div class="hl"><div class="pf"><div class="lg">{esc(k.get("logo", "三河"))}</div>'
                f'<div style="font-size:17px;font-weight:bold">{esc(k["account"])}</div><div style="font-size:13px;color:#999;margin-top:4px">{esc(k["intro"])}</div>'
                f'<div style="font-size:13px;color:#576b95;margin-top:8px">{esc(k.get("stat", "376篇原创内容　2.1万位朋友关注"))}</div></div>{its}</div>'
                '<div class="menu3"><div>政务公开</div><div>办事服务</div><div>互动</div></div>')
    return doc(k.get("title", "微信"), css, f'<div class="z" style="position:relative;min-height:{int(h / zoom)}px">{body}</div>'), (w, h, q)


# ---------------------------------------------------------------- photos of screens and of paper
def screen_photo(page_html, pw, ph, w=1200, h=900, rot=-2.0, persp=8, moire=True, glare=True, q=70):
    """A phone photo of a monitor showing page_html (pw x ph): bezel, perspective, moiré and glare."""
    b0 = page_html.index("<body>") + 6
    inner = page_html[b0:page_html.rindex("</body>")]
    style = page_html[page_html.index("<style>") + 7:page_html.index("</style>")]
    style = style.replace("body{", ".scr{").replace("html,.scr{", ".scr{")
    scale = min((w - 90) / pw, (h - 70) / ph)
    moi = ("repeating-linear-gradient(87deg,rgba(0,0,0,.05) 0 2px,rgba(255,255,255,0) 2px 5px),"
           "repeating-linear-gradient(3deg,rgba(60,0,80,.04) 0 3px,rgba(255,255,255,0) 3px 7px)") if moire else "none"
    gl = "radial-gradient(ellipse at 70% 25%,rgba(255,255,255,.35),rgba(255,255,255,0) 45%)" if glare else "none"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:linear-gradient(#3b3b40,#18181b)}}"
           + style +
           f".mon{{position:absolute;left:40px;top:30px;padding:18px;background:#111;border-radius:8px;"
           f"transform:perspective(1600px) rotateY({persp}deg) rotate({rot}deg);transform-origin:50% 50%}}"
           f".scr{{width:{pw}px;height:{ph}px;overflow:hidden;zoom:{scale:.4f};position:relative;filter:brightness(1.04) saturate(.9) blur(.3px)}}"
           f".ov{{position:absolute;left:0;top:0;width:100%;height:100%;background:{moi},{gl}}}")
    return doc("photo", css, f'<div class="mon"><div class="scr">{inner}</div><div class="ov"></div></div>'), (w, h, q)


def phone_photo(page_html, w=1080, h=1440, rot=3.0, q=72):
    """A photo (taken with a second phone) of a phone screen lying on a desk."""
    b0 = page_html.index("<body>") + 6
    inner = page_html[b0:page_html.rindex("</body>")]
    style = page_html[page_html.index("<style>") + 7:page_html.index("</style>")]
    style = style.replace("html,body{", ".ph{")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:radial-gradient(ellipse at 30% 30%,#b9a68a,#6d5a44)}}"
           + style +
           f".ph{{position:absolute;left:170px;top:80px;height:1180px;border:16px solid #141414;border-radius:36px;overflow:hidden;transform:rotate({rot}deg) scale(1.5);transform-origin:0 0;background:#fff}}"
           ".ov{position:absolute;left:0;top:0;width:100%;height:100%;background:radial-gradient(ellipse at 60% 30%,rgba(255,255,255,.3),rgba(255,255,255,0) 40%),linear-gradient(180deg,rgba(0,0,0,0) 60%,rgba(0,0,0,.2))}")
    return doc("photo", css, f'<div class="ph" style="width:414px">{inner}</div><div class="ov"></div>'), (w, h, q)


# ---------------------------------------------------------------- documents: red-header page, seal, scans, photos
DOC_CSS = """
@page{size:A4;margin:24mm 25mm 22mm 27mm}
*{margin:0;padding:0}
body{font-family:%(serif)s;color:#000;font-size:15.5pt;line-height:1.78}
.red{color:#e0161c;text-align:center;font-size:30pt;letter-spacing:3px;line-height:1.35;margin-top:2mm;font-weight:bold}
.no{text-align:center;font-size:14pt;margin:3mm 0 1mm}
.rl{border-top:2.5px solid #e0161c;margin-bottom:8mm}
h1{font-size:19pt;text-align:center;line-height:1.5;margin:3mm 0 6mm;font-weight:bold}
p{text-indent:2em;text-align:justify}
p.n{text-indent:0}
p.r{text-align:right;text-indent:0;padding-right:8mm}
table{border-collapse:collapse;width:100%%;font-size:11pt;line-height:1.45;margin:3mm 0}
td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}
.sig{margin-top:9mm;position:relative}
.seal{position:absolute;width:150px;height:150px;border:4px solid rgba(220,20,30,.78);border-radius:50%%;color:rgba(220,20,30,.78);text-align:center;font-size:13px;line-height:1.2}
.seal b{display:block;font-size:38px;line-height:40px;margin-top:34px;font-weight:normal}
.seal span{position:absolute;left:0;right:0;top:10px;letter-spacing:1px}
.yf{margin-top:10mm;border-top:1px solid #000;border-bottom:1px solid #000;font-size:13pt;padding:1mm 2mm;display:flex;justify-content:space-between}
.gk{margin-top:4mm;font-size:14pt}
"""


def redhead(d):
    """A formal document page. d: red, no, title, to, paras, sign [unit, date], seal (text) or None,
    seal_pos (right, top in px), after, yinfa (left, right), gk (公开属性 line)."""
    parts = []
    if d.get("red"):
        parts.append(f'<div class="red">{esc(d["red"])}</div>')
        if d.get("no"):
            parts.append(f'<div class="no">{esc(d["no"])}</div>')
        parts.append('<div class="rl"></div>')
    elif d.get("no"):
        parts.append(f'<div class="no" style="text-align:right">{esc(d["no"])}</div>')
    parts.append(f'<h1>{esc(d["title"])}</h1>')
    if d.get("to"):
        parts.append(f'<p class="n">{esc(d["to"])}</p>')
    parts.append(paras(d["paras"]))
    if d.get("sign"):
        seal = ""
        if d.get("seal"):
            r, t = d.get("seal_pos", (40, -30))
            seal = f'<div class="seal" style="right:{r}px;top:{t}px"><span>{esc(d["seal"])}</span><b>★</b></div>'
        parts.append('<div class="sig">' + seal + "".join(f'<p class="r">{esc(s)}</p>' for s in d["sign"]) + '</div>')
    if d.get("gk"):
        parts.append(f'<p class="gk">{esc(d["gk"])}</p>')
    if d.get("after"):
        parts.append(paras(d["after"]))
    if d.get("yinfa"):
        a, b = d["yinfa"]
        parts.append(f'<div class="yf"><span>{esc(a)}</span><span>{esc(b)}</span></div>')
    return doc(d["title"], DOC_CSS % {"serif": SERIF}, "".join(parts))


def scan(doc_html, dpi=200, rot=0.5, grey=False, q=62):
    """A flatbed scan of a printed page at dpi (A4 pixels), colour or grey, slightly skewed."""
    w, h = {150: (1240, 1754), 200: (1654, 2339), 300: (2480, 3508)}[dpi]
    b0 = doc_html.index("<body>") + 6
    inner = doc_html[b0:doc_html.rindex("</body>")]
    style = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    style = style.split("}", 1)[1].replace("body{", ".paper{")
    scale = w / 794
    flt = "grayscale(1) contrast(1.3)" if grey else "contrast(1.12) saturate(1.1)"
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:#fdfdfb}}" + style +
           f".paper{{position:absolute;left:{int(18 * scale)}px;top:{int(14 * scale)}px;width:794px;min-height:1123px;box-sizing:border-box;padding:76px 80px 60px 90px;"
           f"transform:rotate({rot}deg) scale({scale * 0.96:.3f});transform-origin:0 0;font-size:19px;filter:{flt}}}"
           ".paper .red{font-size:36px}.paper h1{font-size:23px}.paper table{font-size:13px}"
           ".dust{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(90deg,rgba(0,0,0,.07),rgba(0,0,0,0) 5%,rgba(0,0,0,0) 95%,rgba(0,0,0,.09))}")
    return doc("scan", css, f'<div class="paper">{inner}</div><div class="dust"></div>'), (w, h, q)


def paper_photo(doc_html, w=1200, h=1600, rot=-2.0, glass=False, q=70):
    sc = round((w - 190) / 794, 3)
    """A phone photo of a sheet on a desk, or (glass=True) pinned in a 公开栏 behind glass."""
    b0 = doc_html.index("<body>") + 6
    inner = doc_html[b0:doc_html.rindex("</body>")]
    style = doc_html[doc_html.index("<style>") + 7:doc_html.index("</style>")]
    style = style.split("}", 1)[1].replace("body{", ".paper{")
    bg = ("linear-gradient(#6b7d8c,#394551)" if glass else "radial-gradient(ellipse at 40% 35%,#9a8468,#5a4936 70%,#3a2f24)")
    css = (f"*{{margin:0;padding:0}}html,body{{width:{w}px;height:{h}px;overflow:hidden;background:{bg}}}" + style +
           f".paper{{position:absolute;left:95px;top:110px;width:794px;min-height:1123px;box-sizing:border-box;padding:70px 80px;background:#f5f2ea;"
           f"transform:rotate({rot}deg) scale({sc});transform-origin:0 0;box-shadow:10px 16px 36px rgba(0,0,0,.5);font-size:18px}}"
           ".paper .red{font-size:34px}"
           ".shade{position:absolute;left:0;top:0;width:100%;height:100%;background:linear-gradient(155deg,rgba(255,255,255,.16),rgba(0,0,0,0) 40%,rgba(0,0,0,.2))"
           + (",radial-gradient(ellipse at 72% 22%,rgba(255,255,255,.45),rgba(255,255,255,0) 30%)" if glass else "") + "}"
           + (".frame{position:absolute;left:0;top:0;width:100%;height:100%;border:34px solid #8d9aa3;box-sizing:border-box}" if glass else ""))
    fr = '<div class="frame"></div>' if glass else ""
    return doc("photo", css, f'<div class="paper">{inner}</div><div class="shade"></div>{fr}'), (w, h, q)


def print_doc(doc_html):
    """A text PDF of the same page (Chromium print)."""
    return doc_html
