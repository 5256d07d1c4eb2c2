"""zoo — the date zoo's pure parts (issue 18): the plan of cases, OCR-like noise, the pages and the
tally of a build against the truth. scripts/datezoo renders the pages (Chromium, two at a time)
and runs dossier; nothing here starts a process.

A case is a dict: id, layout, variant, noise, width, seal, truth (ISO date or None), source (the
inbox path), indicator, kind, note, render ("shot" | "pdf" | "scan"), size, html, when (the
collection time stamped into a PDF, inside the submission window 2020-11-10..11-20).

plan(n, seed) is deterministic and prefix-stable: case i depends only on (seed, i) and the layouts
rotate, so the fast subset (the first FAST cases) holds every layout at least three times.
"""
import datetime as dt
import random
import re

from .dates import AS_OF, D, cn, cn_upper, today_bar
from .templates import FONT, SERIF, esc, html_doc

FAST = 44
LAYOUTS = ["portal_label", "byline", "grid", "list", "url_bar", "url_footer", "redhead_scan",
           "gazette", "reply", "wechat", "nodate"]
NOISES = ["clean", "punct", "space", "lookalike", "fullwidth", "label"]
WIDTHS = [414, 750, 1080, 1366, 1920]
LABEL_NOISE = {"portal_label", "grid", "list", "url_bar", "url_footer"}
VARIANTS = {
    "portal_label": ["meta", "meta"],
    "byline": ["cn", "iso_time"],
    "grid": ["grid"],
    "list": ["null", "own"],
    "url_bar": ["t_path_nodate", "art_path_dated", "art_path_nodate", "t_path_dated"],
    "url_footer": ["t_path_nodate", "art_path_dated"],
    "redhead_scan": ["seal", "none", "seal", "covered"],
    "gazette": ["pdf", "shot"],
    "reply": ["pdf", "scan"],
    "wechat": ["iso", "cn_time"],
    "nodate": ["today_bar", "taskbar", "IMG", "Screenshot", "微信图片"],
}

# (title, indicator, unit, body sentences)
TOPICS = [
    ("关于公布2020年就业见习岗位的公告", "2.6", "市人力资源和社会保障局",
     ["为做好高校毕业生就业见习工作，现将本年度就业见习岗位予以公布。", "见习期间由见习单位按月发放基本生活补助。"]),
    ("公共租赁住房实物配租结果公示", "2.7", "市住房和城乡建设局",
     ["根据公共租赁住房管理办法，经审核、摇号，现将配租结果予以公示。", "如有异议，请在公示期内向市住房保障中心反映。"]),
    ("城区公办幼儿园秋季招生公告", "2.5", "市教育和体育局",
     ["为保障适龄儿童接受学前教育，现将城区公办幼儿园招生有关事项公告如下。", "报名实行网上登记，现场审核。"]),
    ("打击欺诈骗保专项治理情况通报", "2.14", "市医疗保障局",
     ["按照省、市统一部署，我局在全市开展打击欺诈骗保专项治理。", "共检查定点医药机构一百余家，追回医保基金若干。"]),
    ("暴雨预警及应急响应情况发布", "2.11", "市应急管理局",
     ["受强对流天气影响，我市部分地区出现强降雨。", "请广大市民减少外出，注意防范城市内涝。"]),
    ("外商投资准入负面清单政策解读", "2.4", "市商务局",
     ["新版负面清单进一步缩减外资准入限制措施。", "清单之外的领域按照内外资一致原则实施管理。"]),
    ("霸州市2020年度国有建设用地供应计划", "2.13", "市自然资源和规划局",
     ["根据土地利用总体规划和年度计划，编制本年度国有建设用地供应计划。", "计划供应总量按用途分类安排。"]),
    ("关于印发生活垃圾分类处置工作方案的通知", "2.1", "霸州市人民政府办公室",
     ["为加快推进生活垃圾分类处置工作，现将工作方案印发给你们，请认真贯彻执行。", "各乡镇要明确责任分工，确保按期完成任务。"]),
    ("关于明确政务公开专职工作人员的通知", "8.2", "市政务公开办",
     ["为加强政务公开工作力量，各单位须明确一名专职工作人员。", "人员变动的，应及时报送备案。"]),
    ("老旧小区改造实施方案政策解读", "4.1", "市住房和城乡建设局",
     ["本次改造以小区基础设施和公共服务设施为重点。", "改造资金由财政补助、居民出资等多渠道筹集。"]),
    ("2020年第三季度行政处罚信息公示", "1.6", "市城市管理综合行政执法局",
     ["根据行政执法公示制度要求，现将本季度行政处罚信息予以公示。", "公示内容包括案件名称、处罚依据和处罚结果。"]),
]
GAZETTE = ("霸州市人民政府公报", "7.3", "市政务公开办")
REPLY = ("政府信息公开申请答复书", "6.2", "市自然资源和规划局")
FULL = "０１２３４５６７８９"
GARBLE = {"日": "曰", "期": "朗", "时": "吋", "间": "问", "布": "市"}


def rand_date(rng, need_one=False, lo="2020-01-06", hi="2020-11-06"):
    """A date in [lo, hi]; need_one: its month or day holds a 1 (for the 1 -> ] / l noise)."""
    a, b = D(lo), D(hi)
    while True:
        x = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
        if not need_one or "1" in f"{x.month}{x.day}":
            return x.isoformat()


def fmt(iso, style, rng=None):
    """A date as a page prints it. style: iso, cn, slash, dot, upper, iso_time, cn_time."""
    x = D(iso)
    hm = f"{(rng.randrange(8, 18) if rng else 9):02d}:{(rng.randrange(60) if rng else 30):02d}"
    return {"iso": x.isoformat(), "cn": cn(iso), "slash": x.strftime("%Y/%m/%d"), "dot": x.strftime("%Y.%m.%d"),
            "upper": cn_upper(iso), "iso_time": f"{x.isoformat()} {hm}", "cn_time": f"{cn(iso)} {hm}"}[style]


def noisy(s, noise, rng):
    """OCR-like damage to a printed date s: stray punctuation after the separators (2020-.08-.27),
    a space inside the year (20 20年), one 1 read as ] or l, full-width digits mixed with ASCII.
    clean and label leave the date as it is."""
    if noise == "punct":
        out, done = [], 0
        for i, c in enumerate(s):
            out.append(c)
            if c in "-/.年月" and done < 2 and i + 1 < len(s) and s[i + 1] != " ":
                out.append(rng.choice([".", ",", "'", "·"]) if c not in "-/." else rng.choice([".", ","]))
                done += 1
        return "".join(out)
    if noise == "space":
        i = s.find("2020") if "2020" in s else s.find("二〇二〇")
        return s[:i + 2] + " " + s[i + 2:] if i >= 0 else s
    if noise == "lookalike":
        ones = [i for i, c in enumerate(s) if c == "1" and i >= 4]
        if not ones:
            return s
        i = rng.choice(ones)
        return s[:i] + rng.choice(["]", "l"]) + s[i + 1:]
    if noise == "fullwidth":
        digits = [i for i, c in enumerate(s) if c.isdigit() and c.isascii()]
        pick = set(rng.sample(digits, max(2, len(digits) // 2))) if len(digits) >= 2 else set()
        return "".join(FULL[int(c)] if i in pick else c for i, c in enumerate(s))
    return s


def garble(label, rng):
    """A label as OCR might misread it: one look-alike character (日 -> 曰, 期 -> 朗, ...) or one
    character dropped (never the first). Always differs from label when it has two characters."""
    subs = [i for i, c in enumerate(label) if c in GARBLE]
    if subs and rng.random() < 0.7:
        i = rng.choice(subs)
        return label[:i] + GARBLE[label[i]] + label[i + 1:]
    i = rng.randrange(1, len(label)) if len(label) > 1 else 0
    return label[:i] + label[i + 1:]


# ---------------------------------------------------------------------------------------------
# Pages

BASE = f"*{{margin:0;padding:0;box-sizing:border-box}}body{{font-family:{FONT};color:#222;background:#fff;overflow:hidden}}"
PORTAL = BASE + """
.bar{background:#f5f5f5;border-bottom:1px solid #ddd;font-size:13px;color:#666;padding:6px 4%}
.hd{background:#b8141b;color:#fff;padding:18px 4%;font-size:30px;font-weight:bold;letter-spacing:3px}
.nv{background:#8e0d13;color:#fff;padding:10px 4%;font-size:16px;white-space:nowrap;overflow:hidden}
.nv span{margin-right:36px}
.wrap{display:flex;padding:14px 4%}
.main{flex:1;padding:10px 24px 20px;border:1px solid #e4e4e4}
.side{width:27%;margin-left:16px;border:1px solid #e4e4e4;padding:10px 12px;font-size:13px}
.side h3{font-size:15px;color:#b3131b;border-bottom:2px solid #b3131b;padding-bottom:5px;margin-bottom:4px}
.side li,.rel li{list-style:none;line-height:28px;display:flex;border-bottom:1px dotted #ccc}
.side li b,.rel li b,.lst li b{font-weight:normal;flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.side li i,.rel li i,.lst li i{font-style:normal;color:#999;margin-left:8px}
.crumb{font-size:13px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:12px}
h1{font-size:24px;text-align:center;line-height:36px;margin:8px 0}
.meta{text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ddd;padding-bottom:10px;margin-bottom:14px}
.meta span{margin:0 10px}
.idx{border:1px solid #e6d3d3;background:#fcf7f7;font-size:14px;padding:8px 14px;margin-bottom:14px;display:grid;grid-template-columns:1fr 1fr;line-height:28px}
.body p{text-indent:2em;line-height:30px;margin-bottom:6px;font-size:16px}
.body p.r{text-align:right}
.rel{margin-top:14px;border-top:2px solid #b3131b;padding-top:8px;font-size:14px}
.lst h2{font-size:20px;color:#b3131b;border-bottom:2px solid #b3131b;padding-bottom:8px;margin-bottom:6px}
.lst li{list-style:none;line-height:40px;border-bottom:1px dashed #ddd;font-size:15px;display:flex}
.box{border:1px solid #e3caca;background:#fff8f6;padding:8px 14px;margin:8px 0;font-size:14px;line-height:26px}
.pf{margin-top:16px;font-size:12px;color:#555;display:flex;justify-content:space-between;border-top:1px solid #ccc;padding-top:6px}
.ph{font-size:12px;color:#555;display:flex;justify-content:space-between;margin-bottom:8px}
@media (max-width:900px){.side{display:none}.hd{font-size:22px}.wrap{padding:8px 3%}.main{padding:8px 12px}h1{font-size:21px}}
"""
FRAME = """
.win{position:absolute;left:0;top:0;width:%(w)dpx;height:%(h)dpx;overflow:hidden;background:#fff}
.chr{height:76px;background:#e8eaed;border-bottom:1px solid #c4c4c4;font-size:13px}
.tab{display:inline-block;margin:8px 0 0 12px;background:#fff;width:260px;height:30px;line-height:30px;padding:0 12px;border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden}
.adr{margin:5px 12px;background:#fff;height:28px;line-height:28px;border-radius:14px;padding:0 18px;color:#202124;font-size:14px}
.view{position:absolute;top:76px;left:0;right:0;bottom:40px;overflow:hidden}
.tk{position:absolute;left:0;right:0;bottom:0;height:40px;background:#101820;color:#fff}
.tk .st{float:left;width:48px;height:40px;background:#0a64ad}
.tk .ck{float:right;text-align:center;font-size:12px;line-height:17px;padding:3px 14px}
"""
DOC = f"""
*{{margin:0;padding:0}}body{{font-family:{SERIF};color:#000;background:#fff}}
.paper{{width:794px;padding:64px 84px;font-size:18px;line-height:1.8}}
.red{{color:#d0021b;text-align:center;font-size:34px;letter-spacing:4px;line-height:1.4}}
.no{{text-align:center;font-size:17px;margin:10px 0 4px}}
.rl{{border-top:2px solid #d0021b;margin-bottom:26px}}
h1{{font-size:23px;text-align:center;line-height:1.5;margin:10px 0 20px;font-weight:normal}}
p{{text-indent:2em;text-align:justify}}p.n{{text-indent:0}}p.r{{text-align:right;text-indent:0;padding-right:24px}}
.sig{{position:relative;margin-top:36px}}
.seal{{position:absolute;right:40px;top:-46px;width:150px;height:150px;border:5px solid rgba(220,20,30,.75);border-radius:50%;
  color:rgba(220,20,30,.75);text-align:center;font-size:17px;line-height:150px}}
.seal:after{{content:'\\2605';position:absolute;left:0;right:0;top:0;font-size:44px}}
.seal.cover{{background:rgba(205,25,35,.93);border-color:#c8141e}}
.blur{{filter:blur(3.2px)}}
.mast{{text-align:center;color:#c8141e;font-size:40px;letter-spacing:8px;margin:8px 0 6px}}
.iss{{text-align:center;font-size:16px;margin-bottom:8px}}
.toc p{{text-indent:0;font-size:16px;line-height:1.9}}
@page{{size:A4;margin:12mm}}
"""
SCAN_CSS = "html{zoom:1.5}body{width:826px;height:1169px;overflow:hidden}.paper{box-sizing:border-box;transform:rotate(%sdeg);transform-origin:center top}"
PHONE = BASE + """
html{zoom:%(z)s}body{width:414px}
.PHONE_PAGE{}
.sb{height:24px;line-height:24px;font-size:13px;padding:0 16px;background:#f7f7f7;font-weight:bold}
.sb span{float:right;font-weight:normal}
.tb{height:46px;line-height:46px;text-align:center;font-size:16px;background:#f7f7f7;border-bottom:1px solid #e6e6e6}
.art{padding:18px 18px 30px}
.art h2{font-size:22px;line-height:31px;margin-bottom:12px;color:#1a1a1a}
.art .m{font-size:14px;color:#b2b2b2;margin-bottom:18px}
.art .m a{color:#576b95;margin-right:10px}
.art p{font-size:16px;line-height:28px;margin-bottom:14px;text-align:justify;color:#333}
.pic{height:150px;margin:4px 0 14px;background:linear-gradient(135deg,#9cc4ea,#4f82bd)}
"""


# The light tone (issue 18, holdout5's misses): the byline, the 信息公开 grid and the WeChat byline
# in small light grey on a textured grey page, as many portals and phone themes print them. Drawn
# from its own random stream so that the other draws of a case are unchanged.
LIGHT_LAYOUTS = {"portal_label", "byline", "grid", "wechat"}
LIGHT = """
body{background:repeating-linear-gradient(45deg,#ececec 0 2px,#f3f3f3 2px 4px)}
.wrap,.main,.art{background:transparent}
.meta{font-size:12px;color:#a6a6a6}
.idx{font-size:12px;color:#999;background:#efeaea;border-color:#ddd}
.art .m{font-size:13px;color:#bdbdbd}
"""


# The dark tone (issue 18, holdout15's misses): the 信息公开 grid's labels white on dark green
# cells, as some 信息公开 platforms print them; OCR garbles such labels or loses their rows. Its
# own random stream; grid cases after the fast subset that are not light.
DARK = """
.idx em{font-style:normal;background:#3d6b50;color:#fff;display:inline-block;min-width:84px;
text-align:center;margin-right:10px;padding:0 6px;line-height:30px}
"""


def dark_tone(seed, i, layout):
    return (i >= FAST and layout == "grid"
            and random.Random(f"datezoo-dark:{seed}:{i}").random() < 0.4)


def light_tone(seed, i, layout):
    """Cases after the fast subset only: the fast subset keeps the cases its floor was measured on
    (with the light tone in it, 32/44 instead of 34/44 with the second pass: docs/datezoo.md)."""
    return (i >= FAST and layout in LIGHT_LAYOUTS
            and random.Random(f"datezoo-tone:{seed}:{i}").random() < 0.4)


def phone_size(w):
    return (w, {360: 780, 414: 896, 720: 1560, 750: 1334, 1080: 1920, 1242: 2688}[w], 80)


# Phone photos and phone screenshots (issue 18, holdout6's misses): after the fast subset, from their
# own random streams (the other draws of a case are unchanged), some WeChat cases get the other
# phone widths (360, 720, 1242 px) and some phone pages get the look of a phone photo of the screen:
# a dark surround, the page slanted and in perspective, light falling off unevenly, moiré stripes,
# saved as a JPEG (IMG_…jpg).
PHONE_EXTRA_WIDTHS = [360, 720, 1242]
PHOTO_LOOK = """
html{background:#2b2c31}
body{transform:perspective(1100px) rotateX(3deg) rotate(-2.2deg) scale(.9);transform-origin:50% 8%;box-shadow:0 0 0 10px #111}
body::after{content:"";position:fixed;left:0;top:0;right:0;bottom:0;pointer-events:none;
background:radial-gradient(ellipse at 28% 18%,rgba(255,255,255,0) 0,rgba(40,40,50,.30) 100%),
repeating-linear-gradient(11deg,rgba(0,0,0,.06) 0 1px,rgba(0,0,0,0) 1px 3px)}
"""


def phone_width(seed, i, layout):
    """A phone width other than 414/750/1080 for some WeChat cases after the fast subset, else None."""
    if i < FAST or layout != "wechat":
        return None
    r = random.Random(f"datezoo-width:{seed}:{i}")
    return r.choice(PHONE_EXTRA_WIDTHS) if r.random() < 0.35 else None


def photo_look(seed, i, layout, width):
    """A phone photo of the screen: about 30 % of the phone-sized wechat/nodate cases after the fast subset."""
    return (i >= FAST and layout in ("wechat", "nodate") and width is not None and width <= 1242
            and random.Random(f"datezoo-look:{seed}:{i}").random() < 0.3)


def desktop_size(w):
    return (w, {1366: 768, 1920: 1080, 414: 896, 750: 1334, 1080: 1920}[w], 75)


def portal_page(c, meta=None, idx=None, listing=None, box=None, paras=(), header_today=None, foot=None, head=None):
    """A portal page as HTML (no frame): optional meta line, 信息公开 grid, list, intro box."""
    title = c["title"]
    bar = f'<div class="bar">{esc(header_today or "欢迎访问霸州市人民政府网站")}</div>'
    top = (f'{bar}<div class="hd">霸州市人民政府</div><div class="nv"><span>首页</span><span>政务公开</span>'
           f'<span>政务服务</span><span>互动交流</span><span>走进霸州</span></div>')
    crumb = f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; {esc(c["column"])}</div>'
    if listing is not None:
        items = "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in listing)
        boxes = "".join(f'<div class="box">{esc(x)}</div>' for x in (box or []))
        main = f'{crumb}<div class="lst"><h2>{esc(c["column"])}</h2>{boxes}<ul>{items}</ul></div>'
    else:
        grid = ""
        if idx:
            grid = '<div class="idx">' + "".join(f'<span>{esc(k)}：{esc(v)}</span>' for k, v in idx) + '</div>'
        m = ('<div class="meta">' + "".join(f'<span>{esc(x)}</span>' for x in meta) + '</div>') if meta is not None else ""
        body = "".join(f'<p class="{cl}">{esc(t)}</p>' for cl, t in paras)
        main = f'{crumb}{grid}<h1>{esc(title)}</h1>{m}<div class="body">{body}</div>'
    side = ""
    if c.get("side"):
        side = ('<div class="side"><h3>最新信息</h3><ul>'
                + "".join(f'<li><b>{esc(t)}</b><i>{esc(d)}</i></li>' for t, d in c["side"]) + '</ul></div>')
    ph = f'<div class="ph">{head}</div>' if head else ""
    pf = f'<div class="pf">{foot}</div>' if foot else ""
    return f'{ph}{top}<div class="wrap"><div class="main">{main}{pf}</div>{side}</div>'


def framed(inner, w, h, url, clock, tab):
    return (f'<div class="win"><div class="chr"><span class="tab">{esc(tab)}</span>'
            f'<div class="adr">&#128274; {esc(url)}</div></div><div class="view">{inner}</div>'
            f'<div class="tk"><div class="st"></div><div class="ck">{esc(clock[0])}<br>{esc(clock[1])}</div></div></div>')


def shifted(iso, days):
    return (D(iso) + dt.timedelta(days=days)).isoformat()


def side_list(rng, n=6):
    return [(t[0][:14], rand_date(rng)) for t in rng.sample(TOPICS, n)]


def body_paras(c, rng, distractor=True):
    """The topic's sentences and, usually, a date in the body that is not the publication date."""
    ps = [("", s) for s in c["topic"][3]]
    if distractor:
        d2 = rand_date(rng, lo="2020-01-06", hi="2020-11-06")
        while d2 == c["truth"]:
            d2 = rand_date(rng)
        ps.insert(1, ("", rng.choice(["请各单位于{}前将有关材料报送。", "本通知自{}起施行。",
                                     "活动时间为{}至本月底。"]).format(cn(d2))))
    return ps


def lab(c, rng, text):
    """A label as printed: garbled when the case's noise is label."""
    return garble(text, rng) if c["noise"] == "label" else text


def date_text(c, rng, style):
    return noisy(fmt(c["truth"], style, rng), c["noise"], rng)


def wrap(c, css, body):
    return html_doc(c["title"], css, body)


def lay_portal_label(c, rng):
    w = c["width"]
    meta = [f'{lab(c, rng, "发布时间")}：{date_text(c, rng, rng.choice(["iso", "iso_time", "cn"]))}',
            f'来源：{c["unit"]}', f'浏览次数：{rng.randrange(30, 3000)}']
    page = portal_page(c, meta=meta, paras=body_paras(c, rng), header_today=today_bar(c["collected"]))
    return wrap(c, PORTAL, page), desktop_size(w)


def lay_byline(c, rng):
    style = "cn" if c["variant"] == "cn" else "iso_time"
    meta = [date_text(c, rng, style), f'来源：{c["unit"]}', "作者：", "字体：大 中 小"]
    if rng.random() < 0.5:
        meta[-1] = f'浏览次数：{rng.randrange(30, 3000)}'
    page = portal_page(c, meta=meta, paras=body_paras(c, rng))
    return wrap(c, PORTAL, page), desktop_size(c["width"])


def lay_grid(c, rng):
    written = shifted(c["truth"], -rng.randrange(2, 12))
    if written < "2020-01-02":
        written = "2020-01-02"
    no = f'霸政办〔2020〕{rng.randrange(3, 90)}号'
    idx = [("索引号", f"11131081MB{rng.randrange(1000000, 9999999)}X/2020-{rng.randrange(10, 999):05d}"),
           (lab(c, rng, "主题分类"), c["column"]), (lab(c, rng, "发布机构"), c["unit"]),
           (lab(c, rng, "发布日期"), date_text(c, rng, rng.choice(["iso", "cn"]))),
           ("文号", no), (lab(c, rng, "成文日期"), fmt(written, rng.choice(["iso", "cn"])))]
    paras = body_paras(c, rng, distractor=False) + [("r", c["unit"]), ("r", cn(written))]
    c["note"] = f"信息公开平台索引表：发布日期 {c['truth']}，成文日期 {written}（落款同成文日期）"
    page = portal_page(c, idx=idx, paras=paras)
    return wrap(c, PORTAL, page), desktop_size(c["width"])


def lay_list(c, rng):
    items = [(t[0], rand_date(rng)) for t in rng.sample(TOPICS, 9)]
    items.sort(key=lambda x: x[1], reverse=True)
    listing = [(t, noisy(d, c["noise"], rng) if c["noise"] != "label" else d) for t, d in items]
    box = None
    if c["variant"] == "own":
        box = [f'本专栏{lab(c, rng, "发布日期")}：{date_text(c, rng, "iso")}　　{c["unit"]}']
        c["note"] = "栏目页，专栏说明带本页发布日期"
    else:
        c["truth"] = None
        c["note"] = "栏目列表页：许多条目日期，本页无发布日期"
    page = portal_page(c, listing=listing, box=box)
    return wrap(c, PORTAL, page), desktop_size(c["width"])


def cms_url(iso, variant, rng, noise):
    x = D(iso)
    n = rng.randrange(1000, 99999)
    if variant.startswith("t_"):
        path = f"www.bazhou.gov.cn/zwgk/{x.year}{x.month:02d}/t{x.year}{x.month:02d}{x.day:02d}_{n}.html"
    else:
        path = f"www.bazhou.gov.cn/art/{x.year}/{x.month}/{x.day}/art_{rng.randrange(1000, 9999)}_{n}.html"
    return noisy(path, noise, rng) if noise == "lookalike" else path


def url_page_meta(c, rng):
    if c["variant"].endswith("_dated"):
        return [f'{lab(c, rng, "发布时间")}：{date_text(c, rng, "iso")}', f'来源：{c["unit"]}']
    return [f'来源：{c["unit"]}', f'浏览次数：{rng.randrange(30, 3000)}']


def lay_url_bar(c, rng):
    w = c["width"]
    size = desktop_size(w)
    url = "http://" + cms_url(c["truth"], c["variant"], rng, c["noise"])
    page = portal_page(c, meta=url_page_meta(c, rng), paras=body_paras(c, rng, distractor=False))
    clock = (f"{rng.randrange(8, 18)}:{rng.randrange(60):02d}", D(c["collected"]).strftime("%Y/%-m/%-d"))
    c["note"] = f"浏览器地址栏 {url}；任务栏时钟 {c['collected']}"
    css = PORTAL + FRAME % {"w": w, "h": size[1]}
    return wrap(c, css, framed(page, w, size[1], url, clock, c["title"])), size


def lay_url_footer(c, rng):
    url = "http://" + cms_url(c["truth"], c["variant"], rng, "clean")
    when = D(c["collected"]).strftime("%Y/%-m/%-d") + f" {rng.randrange(8, 18)}:{rng.randrange(60):02d}"
    head = f'<span>{esc(when)}</span><span>{esc(c["title"])}</span>'
    foot = f'<span>{esc(url)}</span><span>1/1</span>'
    page = portal_page(c, meta=url_page_meta(c, rng), paras=body_paras(c, rng, distractor=False), head=head, foot=foot)
    c["note"] = f"打印页：页脚网址 {url}，页眉打印时间 {when}"
    return wrap(c, PORTAL.replace("overflow:hidden}", "}", 1), page), None


def doc_body(c, rng, red, no, paras, sign_unit, sign_date, seal, seal_style=""):
    sd = f'<p class="r{" blur" if seal == "covered" else ""}">{esc(sign_date)}</p>'
    seal_html = ""
    if seal in ("seal", "covered"):
        style = f' style="{seal_style}"' if seal_style and seal == "seal" else ""
        seal_html = f'<div class="seal{" cover" if seal == "covered" else ""}"{style}>{esc(sign_unit[:6])}</div>'
    head = f'<div class="red">{esc(red)}</div><div class="no">{esc(no)}</div><div class="rl"></div>' if red else ""
    body = "".join(f'<p class="{cl}">{esc(t)}</p>' for cl, t in paras)
    return (f'<div class="paper">{head}<h1>{esc(c["title"])}</h1>{body}'
            f'<div class="sig">{seal_html}<p class="r">{esc(sign_unit)}</p>{sd}</div></div>')


def lay_redhead_scan(c, rng):
    seal = c["variant"]
    c["seal"] = seal
    sign = date_text(c, rng, "upper") if c["noise"] in ("clean", "punct", "space") else fmt(c["truth"], "upper")
    no = f'霸政办〔2020〕{rng.randrange(3, 90)}号'
    paras = [("n", "各乡镇人民政府，市政府各部门：")] + body_paras(c, rng)
    look = scan_look(c)
    inner = doc_body(c, rng, "霸州市人民政府办公室文件", no, paras, c["unit"], sign, seal, look["seal_style"])
    if seal == "covered":
        c["truth"] = None
        c["note"] = "扫描红头文件：落款日期被印章覆盖且模糊，无法辨认；PDF创建时间在报送期内"
    else:
        c["note"] = f"扫描红头文件：落款日期为中文数字{'，盖章' if seal == 'seal' else ''}；PDF创建时间 {c['collected']}"
    c["scan"] = look["desc"]
    css = DOC + SCAN_CSS.replace("zoom:1.5", f"zoom:{look['zoom']}") % look["skew"]
    return wrap(c, css, inner), look["size"]


# The look of a red-header scan, drawn from its own generator (so the case's text stays as it
# was): seal colour and opacity, where the seal sits against the date (across it, shifted left
# over the unit, lower over the date's end), the scan's dpi (120/150/200), JPEG quality, skew.
# Case ids below FAST keep the look every earlier figure was measured with.
SCAN_DPI = {120: (992, 1403, 1.2), 150: (1240, 1754, 1.5), 200: (1654, 2339, 2.0)}


def scan_look(c):
    if int(c["id"][1:]) < FAST:
        return {"seal_style": "", "zoom": 1.5, "skew": ".6", "size": (1240, 1754, 62),
                "desc": "150dpi q62 skew.6 seal-default"}
    r = random.Random(f"scan-{c['id']}")
    dpi = r.choice([120, 150, 150, 200])
    w, h, zoom = SCAN_DPI[dpi]
    q = r.choice([40, 55, 62, 75, 85])
    skew = r.choice(["-1.1", "-.5", ".3", ".6", "1.2"])
    colour = r.choice([(220, 20, 30), (200, 30, 60), (235, 60, 40), (180, 20, 20)])
    alpha = r.choice([.45, .6, .75, .85])
    pos = r.choice([("40px", "-46px"), ("120px", "-56px"), ("10px", "-20px"), ("60px", "-70px")])
    rgba = f"rgba({colour[0]},{colour[1]},{colour[2]},{alpha})"
    style = f"right:{pos[0]};top:{pos[1]};border-color:{rgba};color:{rgba}"
    return {"seal_style": style, "zoom": zoom, "skew": skew, "size": (w, h, q),
            "desc": f"{dpi}dpi q{q} skew{skew} seal {rgba} at right {pos[0]} top {pos[1]}"}


def lay_gazette(c, rng):
    c["truth"] = rand_date(rng, c["noise"] == "lookalike", lo="2020-02-28", hi="2020-10-31")
    num = rng.randrange(1, 10)
    docs = [(t[0], shifted(c["truth"], -rng.randrange(8, 50))) for t in rng.sample(TOPICS, 3)]
    toc = "".join(f'<p>{esc(t)}……（{esc(cn(d))}）</p>' for t, d in docs)
    first = docs[0]
    paras = [("", s) for s in rng.choice(TOPICS)[3]]
    body = "".join(f'<p>{esc(t)}</p>' for _, t in paras)
    issue = date_text(c, rng, "cn")
    inner = (f'<div class="paper"><div class="mast">霸州市人民政府公报</div>'
             f'<div class="iss">2020年第{num}期（总第{20 + num}期）</div>'
             f'<div class="iss">霸州市人民政府办公室主办　　{esc(issue)}出版</div><div class="rl"></div>'
             f'<h1>目　录</h1><div class="toc">{toc}</div><h1>{esc(first[0])}</h1>{body}'
             f'<div class="sig"><p class="r">{esc(c["unit"])}</p><p class="r">{esc(cn(first[1]))}</p></div></div>')
    c["note"] = f"政府公报：本期出版日期 {c['truth']}；刊登文件各有落款日期"
    if c["variant"] == "shot":
        return wrap(c, DOC + "body{width:1366px;padding-left:286px;background:#eee}.paper{background:#fff}", inner), (1366, 1500, 75)
    return wrap(c, DOC, inner), None


def lay_reply(c, rng):
    applied = shifted(c["truth"], -rng.randrange(8, 19))
    name = rng.choice(["张某某", "王某", "李某某", "刘某"])
    paras = [("n", f"{name}："),
             ("", f"你于{cn(applied)}通过霸州市人民政府信息公开平台提出的政府信息公开申请收悉。"),
             ("", f"本机关于{cn(shifted(applied, 1))}受理。经审查，现答复如下：你申请获取的信息属于公开范围，现提供给你。"),
             ("", "如对本答复不服，可在收到本答复之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。")]
    sign = date_text(c, rng, "cn")
    c["title"] = "政府信息公开申请答复书"
    inner = doc_body(c, rng, None, None, paras, c["unit"], sign, "none")
    inner = inner.replace("<h1>", f'<p class="r">霸自然资公开答〔2020〕{rng.randrange(2, 60)}号</p><h1>', 1)
    c["note"] = f"答复书：先引用申请日期 {applied}，落款日期为答复日期"
    if c["variant"] == "scan":
        css = DOC + SCAN_CSS % "-.5"
        return wrap(c, css, inner), (1240, 1754, 62)
    return wrap(c, DOC, inner), None


def lay_wechat(c, rng):
    w = c["width"]
    style = "iso" if c["variant"] == "iso" else "cn_time"
    by = date_text(c, rng, style)
    paras = "".join(f'<p>{esc(t)}</p>' for _, t in body_paras(c, rng))
    page = (f'<div class="sb">{rng.randrange(8, 23)}:{rng.randrange(60):02d}<span>4G 78%</span></div><div class="tb">　</div>'
            f'<div class="art"><h2>{esc(c["title"])}</h2><div class="m"><a>霸州发布</a>{esc(by)}</div>'
            f'<div class="pic"></div>{paras}</div>')
    c["note"] = "微信公众号文章手机截图，浅灰色署名行日期"
    return wrap(c, PHONE % {"z": f"{w / 414:.4f}"}, page), phone_size(w)


def lay_nodate(c, rng):
    v = c["variant"]
    c["truth"] = None
    w = c["width"]
    meta = [f'来源：{c["unit"]}', f'浏览次数：{rng.randrange(30, 3000)}']
    today = noisy(today_bar(c["collected"]), c["noise"], rng) if c["noise"] != "label" else today_bar(c["collected"])
    x = D(c["collected"])
    stamp = f"{x.year}{x.month:02d}{x.day:02d}"
    t = f"{rng.randrange(8, 18):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"
    if v in ("IMG", "Screenshot", "微信图片"):
        c["source"] = c["unit"] + "/" + {"IMG": f"IMG_{stamp}_{t}.jpg", "Screenshot": f"Screenshot_{x.isoformat()}-{t[:2]}-{t[2:4]}-{t[4:]}.png",
                                         "微信图片": f"微信图片_{stamp}{t}.jpg"}[v]
    c["note"] = f"页面无发布日期；干扰：{ {'today_bar': '今天是栏', 'taskbar': '任务栏时钟'}.get(v, '文件名日期') } {c['collected']}"
    if v == "taskbar" and w >= 1366:
        size = desktop_size(w)
        page = portal_page(c, meta=meta, paras=body_paras(c, rng, distractor=False))
        url = f"http://www.bazhou.gov.cn/col/col{rng.randrange(1000, 9999)}/index.html"
        clock = (f"{rng.randrange(8, 18)}:{rng.randrange(60):02d}", x.strftime("%Y/%-m/%-d"))
        return wrap(c, PORTAL + FRAME % {"w": w, "h": size[1]}, framed(page, w, size[1], url, clock, c["title"])), size
    if w <= 1080 and v != "today_bar":
        page = (f'<div class="sb">{rng.randrange(8, 23)}:{rng.randrange(60):02d}<span>4G 78%</span></div><div class="tb">　</div>'
                f'<div class="art"><h2>{esc(c["title"])}</h2><div class="m"><a>霸州发布</a></div>'
                + "".join(f'<p>{esc(s)}</p>' for s in c["topic"][3]) + '</div>')
        return wrap(c, PHONE % {"z": f"{w / 414:.4f}"}, page), phone_size(w)
    page = portal_page(c, meta=meta, paras=body_paras(c, rng, distractor=False), header_today=today)
    return wrap(c, PORTAL, page), desktop_size(w)


BUILDERS = {"portal_label": lay_portal_label, "byline": lay_byline, "grid": lay_grid, "list": lay_list,
            "url_bar": lay_url_bar, "url_footer": lay_url_footer, "redhead_scan": lay_redhead_scan,
            "gazette": lay_gazette, "reply": lay_reply, "wechat": lay_wechat, "nodate": lay_nodate}
RENDER = {"url_footer": "pdf", "redhead_scan": "scan"}
WIDTH_CHOICES = {"wechat": [414, 750, 1080], "url_bar": [1366, 1920], "nodate": WIDTHS,
                 "portal_label": WIDTHS, "byline": WIDTHS, "grid": [750, 1366, 1920], "list": [414, 1366, 1920]}


def noises_for(layout):
    if layout == "redhead_scan":
        return ["clean", "punct", "space", "clean"]
    if layout == "nodate":
        return ["clean", "punct", "space", "fullwidth"]
    if layout in LABEL_NOISE:
        return NOISES
    return [n for n in NOISES if n != "label"]


def make_case(seed, i):
    """Case i of the zoo with this seed (depends on nothing else)."""
    rng = random.Random(f"datezoo:{seed}:{i}")
    layout = LAYOUTS[i % len(LAYOUTS)]
    k = i // len(LAYOUTS)
    variants = VARIANTS[layout]
    noises = noises_for(layout)
    li, n = LAYOUTS.index(layout), len(noises)
    c = {"id": f"z{i:04d}", "layout": layout, "variant": variants[k % len(variants)],
         "noise": noises[(k // len(variants) + li) % n], "seal": None}
    widths = WIDTH_CHOICES.get(layout)
    c["width"] = widths[(k * 2 + i) % len(widths)] if widths else None
    c["width"] = phone_width(seed, i, layout) or c["width"]
    topic = TOPICS[rng.randrange(len(TOPICS))]
    if layout == "gazette":
        topic = GAZETTE + (topic[3],)
    elif layout == "reply":
        topic = REPLY + (topic[3],)
    c["topic"] = topic
    c["title"], c["indicator"], c["unit"] = topic[0], topic[1], topic[2]
    c["column"] = rng.choice(["通知公告", "政策文件", "部门动态", "政策解读", "公示公告"])
    c["collected"] = rand_date(rng, lo="2020-11-10", hi="2020-11-20")
    c["truth"] = rand_date(rng, need_one=c["noise"] == "lookalike")
    c["side"] = side_list(rng) if rng.random() < 0.6 else None
    c["note"] = ""
    html, size = BUILDERS[layout](c, rng)
    c["tone"] = "light" if light_tone(seed, i, layout) else "plain"
    if c["tone"] == "light":
        html = html.replace("</style>", LIGHT + "</style>", 1)
        c["note"] += "（浅灰小字、纹理底色）"
    elif dark_tone(seed, i, layout):
        c["tone"] = "dark"
        html = html.replace("</style>", DARK + "</style>", 1)
        html = re.sub(r'<div class="idx">.*?</div>',
                      lambda m: re.sub(r'<span>([^：<]{1,12})：', r'<span><em>\1</em>', m.group(0)),
                      html, count=1)
        c["note"] += "（索引表标注为深色底白字）"
    c["look"] = "screen"
    if size and size[0] == c["width"] and photo_look(seed, i, layout, c["width"]) and "PHONE_PAGE" in html:
        html = html.replace("</style>", PHOTO_LOOK + "</style>", 1)
        c["look"] = "photo"
        c["note"] += "（手机翻拍屏幕：倾斜、光照不均、摩尔纹）"
        if "source" not in c:
            c["source"] = f'{c["unit"]}/IMG_{c["collected"].replace("-", "")}_{random.Random(f"datezoo-img:{seed}:{i}").randrange(80000, 180000):06d}.jpg'
    c["html"], c["size"] = html, size
    c["render"] = RENDER.get(layout) or ("scan" if size and size[0] == 1240 else ("pdf" if size is None else "shot"))
    if c["render"] in ("scan", "pdf"):
        c["width"] = 1240 if c["render"] == "scan" else None
    elif c["width"] is None:
        c["width"] = size[0]
    ext = {"shot": rng.choice([".png", ".jpg"]), "pdf": ".pdf", "scan": ".pdf"}[c["render"]]
    if c["look"] == "photo":
        ext = ".jpg"
    if "source" not in c:
        stem = c["title"] + ("扫描件" if c["render"] == "scan" else "")
        c["source"] = f'{c["unit"]}/{stem}-{c["id"]}{ext}'
    c["kind"] = "screenshot" if c["render"] == "shot" and layout not in ("gazette",) else "document"
    c["when"] = dt.datetime.fromisoformat(c["collected"] + f"T{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:41")
    return c


def plan(n, seed=1, subset=None):
    """The zoo's cases: the first FAST for subset "fast", else n."""
    count = FAST if subset == "fast" else n
    return [make_case(seed, i) for i in range(count)]


LABEL_KEYS = ("source", "indicator", "published", "kind", "note", "layout", "noise", "width", "seal", "tone", "look")


def label_of(c):
    """The labels.json entry of a case (scripts/accuracy's format plus the zoo's axes)."""
    d = {"source": c["source"], "indicator": c["indicator"], "published": c["truth"], "kind": c["kind"],
         "note": f'{c["layout"]}/{c["variant"]}/{c["noise"]}：{c["note"]}', "layout": c["layout"],
         "noise": c["noise"], "width": c["width"], "seal": c["seal"], "tone": c.get("tone", "plain"),
         "look": c.get("look", "screen")}
    return {k: d[k] for k in LABEL_KEYS}


# ---------------------------------------------------------------------------------------------
# The tally of a build against the truth

BUCKETS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]


def bucket_name(lo, hi):
    return f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"


def tally(labels, report):
    """Compare report.json's files[] with the zoo's labels. Returns a dict: total, right, rows
    (one per case: source, layout, noise, width, seal, want, got, source of the date, review,
    confidence, right), by_axis {axis: {value: [right, n]}}, reliability [(bucket, right, n)],
    confident_wrong (wrong and not date_review), review (flagged), null_wrong (a date where none)."""
    files = {f["source"]: f for f in report.get("files", [])}
    rows = []
    for l in labels["files"]:
        f = files.get(l["source"])
        got = f.get("published") if f else None
        row = {k: l.get(k) for k in ("source", "layout", "noise", "width", "seal", "tone", "look")}
        row.update(want=l["published"], got=got, present=f is not None,
                   date_source=(f or {}).get("date_source"), review=bool((f or {}).get("date_review")),
                   confidence=float((f or {}).get("date_confidence") or 0.0))
        row["right"] = row["present"] and got == l["published"]
        rows.append(row)
    by_axis = {}
    for axis in ("layout", "noise", "width", "seal", "tone", "look"):
        t = by_axis.setdefault(axis, {})
        for r in rows:
            key = "-" if r[axis] is None else str(r[axis])
            cell = t.setdefault(key, [0, 0])
            cell[0] += r["right"]
            cell[1] += 1
    rel = []
    for lo, hi in BUCKETS:
        inb = [r for r in rows if r["present"] and lo <= r["confidence"] < hi]
        rel.append((bucket_name(lo, hi), sum(r["right"] for r in inb), len(inb)))
    return {"total": len(rows), "right": sum(r["right"] for r in rows), "rows": rows, "by_axis": by_axis,
            "reliability": rel,
            "confident_wrong": sum(1 for r in rows if r["present"] and not r["right"] and not r["review"]),
            "review": sum(r["review"] for r in rows),
            "review_right": sum(r["right"] for r in rows if r["review"]),
            "null_wrong": sum(1 for r in rows if r["want"] is None and r["got"] is not None)}


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "  n/a"


def format_tally(t):
    """The tables scripts/datezoo --run prints: wrong cases, accuracy per axis, reliability."""
    out = []
    for r in t["rows"]:
        if not r["right"]:
            out.append(f"  wrong  {r['source']}: got {r['got']} ({r['date_source']}"
                       f"{', review' if r['review'] else ''}, {r['confidence']:.2f}), want {r['want']}"
                       f"{'' if r['present'] else ' [not in files[]]'}")
    out.append(f"dates exact: {t['right']}/{t['total']} = {pct(t['right'], t['total']).strip()}; "
               f"wrong and not date_review: {t['confident_wrong']}; date_review: {t['review']} "
               f"({t['review_right']} of them right); a date where the truth is null: {t['null_wrong']}")
    for axis, cells in t["by_axis"].items():
        out.append(f"\nby {axis}:")
        keys = sorted(cells, key=lambda k: (len(k), k)) if axis == "width" else sorted(cells)
        for k in keys:
            a, b = cells[k]
            out.append(f"  {k:<14} {a:4d}/{b:<4d} {pct(a, b)}")
    out.append("\nreliability (date_confidence bucket -> share right, count):")
    for name, a, b in t["reliability"]:
        out.append(f"  {name:<14} {pct(a, b)}  {b}")
    return "\n".join(out)
