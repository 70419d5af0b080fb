#!/usr/bin/env python3
"""Deterministic generator of a synthetic chiso content folder (see FORMAT.md).

    python3 Benchmarks/generate.py --scale district --out .build/bench/district
    python3 Benchmarks/generate.py --units 500 --periods 12 --seed 7 --out /tmp/c

Python 3.11 standard library only. The same arguments always give the same bytes.
Output: site.toml, units.csv and one monthly period folder per period with
period.toml and data.csv (no notes.md, no late.csv).
"""

import argparse
import math
import os
import random
import shutil
import sys
import time
import unicodedata

SCALES = {
    "district": (30, 24),
    "province": (1000, 36),
    "national": (10000, 60),
}

# The latest period is the month ending 2026-11-14 (id 2026-11).
LAST_YEAR, LAST_MONTH = 2026, 11

HEADER = ("unit,carried_over,received_online,received_direct,received_postal,"
          "resolved_early,resolved_on_time,resolved_late,pending_on_time,pending_overdue,"
          "digitized,fully_digitized,results_digitized,payable,paid_online,e_receipts,apologies\n")

# Share of each kind in a province's register, in order.
KIND_SHARES = [("xa", 0.85), ("phuong", 0.08), ("thi-tran", 0.04), ("phong", 0.02), ("co-quan", 0.01)]
PREFIX = {"xa": "Xã", "phuong": "Phường", "thi-tran": "Thị trấn"}
ALIAS_PREFIX = {"xa": "UBND xã", "phuong": "UBND phường", "thi-tran": "UBND thị trấn"}

SYLLABLES = """
An Bình Hòa Hưng Phú Thạnh Long Tân Thành Đông Tây Nam Bắc Trung Hương Minh Quang
Phước Lộc Thọ Xuân Hạ Thu Đức Nghĩa Hiệp Mỹ Vĩnh Khánh Sơn Thủy Lâm Giang Hải Phong
Vân Toàn Tiến Thắng Lợi Định Yên Cẩm Kim Ngọc Bảo Hoàng Gia Lạc Thiện Thịnh Phúc
Tường Hữu Nhơn Điền Cát Thái Hợp Châu Linh Quý Trà Lương Hồng Liên Đại Thượng Hoài
Tịnh Vạn Chánh Lập Thanh Tiên Phương Hiếu Kỳ Diên Ninh Cường Dương Mai Tam Hồ Lễ
Trường Xương Đồng Khê Nguyên Vinh Quới Ân Lai Thuận Triều Bồng Dũng Kiều Sen Tùng
Quế Tuyên Độ Nhân Hậu Ấp Cảnh Chí Công Đạo Đoài Dục Hiển Huề Khương Lĩnh Mậu Nghi
Phổ Quảng Sa Tài Tín Trạch Trinh Uyên Vọng Xá Yến Ô Dinh Hạnh Lũy Mông Nhuận Sáng
""".split()

PHONG_FUNCS = [
    "Tư pháp", "Tài chính – Kế hoạch", "Tài nguyên và Môi trường", "Kinh tế và Hạ tầng",
    "Quản lý đô thị", "Văn hóa và Thông tin", "Lao động – Thương binh và Xã hội", "Y tế",
    "Giáo dục và Đào tạo", "Nội vụ", "Nông nghiệp và Phát triển nông thôn", "Kinh tế",
]
COQUAN_NAMES = [
    "Văn phòng HĐND và UBND", "Chi nhánh Văn phòng Đăng ký đất đai", "Công an",
    "Đội Quản lý thị trường", "Chi cục Thuế", "Bảo hiểm xã hội", "Ban Quản lý dự án",
]

# Intake by month of the year (Tết in January/February is quiet, year end is busy).
SEASON = [0.0, 0.80, 0.75, 1.00, 1.02, 1.05, 1.00, 0.98, 1.00, 1.03, 1.05, 1.10, 1.15]


def fold(s):
    """NFC, case fold, drop diacritics (đ → d): the key that must be unique."""
    s = unicodedata.normalize("NFD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("đ", "d").split())


def slug(s):
    out, dash = [], False
    for c in fold(s):
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def kind_counts(n):
    raw = [(k, n * s) for k, s in KIND_SHARES]
    counts = {k: int(x) for k, x in raw}
    rest = n - sum(counts.values())
    for k, x in sorted(raw, key=lambda kx: kx[1] - int(kx[1]), reverse=True)[:rest]:
        counts[k] += 1
    if n >= len(KIND_SHARES):  # every kind at least once, taken from the communes
        for k, _ in KIND_SHARES[1:]:
            if counts[k] == 0:
                counts[k] = 1
                counts["xa"] -= 1
    return counts


def make_units(n, rng):
    syl, seen = [], set()
    for s in SYLLABLES:  # syllables distinct even without diacritics
        if fold(s) not in seen:
            seen.add(fold(s))
            syl.append(s)
    ns = len(syl)

    def pick():
        return syl[int(rng.random() * ns)]

    used_keys, used_ids, used_bases = set(), set(), set()

    def base_name(min_syll=2):
        tries = 0
        while True:
            tries += 1
            k = 3 if (rng.random() < 0.2 or tries > 50) else min_syll
            parts = []
            while len(parts) < k:
                p = pick()
                if p not in parts:
                    parts.append(p)
            b = " ".join(parts)
            if fold(b) not in used_bases:
                used_bases.add(fold(b))
                return b

    def unique_id(i):
        j, n2 = i, 2
        while j in used_ids:
            j = f"{i}-{n2}"
            n2 += 1
        used_ids.add(j)
        return j

    counts = kind_counts(n)
    kinds = [k for k, _ in KIND_SHARES for _ in range(counts[k])]
    rng.shuffle(kinds)
    # District names (for the district-level offices), at most one office of a function per district.
    districts = []
    units = []
    for kind in kinds:
        if kind in PREFIX:
            b = base_name()
            name = f"{PREFIX[kind]} {b}"
            uid = unique_id(slug(b))
            alias = f"{ALIAS_PREFIX[kind]} {b}" if rng.random() < 0.02 else ""
        else:
            pool = PHONG_FUNCS if kind == "phong" else COQUAN_NAMES
            while True:
                if not districts or rng.random() < 1.0 / len(pool):
                    districts.append(base_name())
                d = districts[int(rng.random() * len(districts))]
                f = pool[int(rng.random() * len(pool))]
                name = f"{'Phòng ' if kind == 'phong' else ''}{f} huyện {d}"
                if fold(name) not in used_keys:
                    break
            uid = unique_id(slug(name))
            alias = ""
        for key in (fold(name), fold(alias)) if alias else (fold(name),):
            assert key not in used_keys, key
            used_keys.add(key)
        units.append((uid, name, kind, alias))
    return units


def make_periods(m):
    out = []
    y, mo = LAST_YEAR, LAST_MONTH
    for _ in range(m):
        py, pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
        out.append((f"{y:04d}-{mo:02d}", mo, f"Tháng {mo}/{y}", f"{py:04d}-{pm:02d}-15", f"{y:04d}-{mo:02d}-14"))
        y, mo = py, pm
    out.reverse()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", choices=SCALES)
    ap.add_argument("--units", type=int)
    ap.add_argument("--periods", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    du, dp = SCALES[a.scale] if a.scale else (None, None)
    n = a.units if a.units is not None else du
    m = a.periods if a.periods is not None else dp
    if n is None or m is None:
        ap.error("give --scale or both --units and --periods")
    if n < 1 or m < 1:
        ap.error("--units and --periods must be at least 1")

    out = a.out
    if os.path.lexists(out):
        if os.path.isdir(out) and not os.path.islink(out) and (
                os.path.isfile(os.path.join(out, "site.toml")) or not os.listdir(out)):
            shutil.rmtree(out)
        else:
            sys.exit(f"generate.py: refusing to delete {out}: it exists and holds no site.toml")

    t0 = time.perf_counter()
    rng = random.Random(a.seed)
    rnd = rng.random
    units = make_units(n, rng)
    periods = make_periods(m)
    nbytes = 0

    def write(path, text):
        nonlocal nbytes
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        nbytes += len(data)

    os.makedirs(os.path.join(out, "periods"))
    write(os.path.join(out, "site.toml"), f"""\
# Synthetic benchmark data: python3 Benchmarks/generate.py --units {n} --periods {m} --seed {a.seed}
title     = "Kết quả giải quyết thủ tục hành chính"
authority = "Ủy ban nhân dân tỉnh Minh Hòa (giả định)"
days      = "calendar"

[targets]
online_rate            = 70
full_digitization_rate = 60
online_payment_rate    = 30
apology_rate           = 100

[[groups]]
id    = "cap-xa"
label = "UBND các xã, phường, thị trấn"
kinds = ["xa", "phuong", "thi-tran"]

[[groups]]
id    = "cap-huyen"
label = "Cơ quan chuyên môn cấp huyện"
kinds = ["phong", "co-quan"]
""")
    write(os.path.join(out, "units.csv"),
          "id,name,kind,aliases,from,until,successor\n"
          + "".join(f"{u},{nm},{k},{al},,,\n" for u, nm, k, al in units))

    # Per-unit propensities.
    kind_size = {"xa": 1.0, "phuong": 1.4, "thi-tran": 1.25, "phong": 1.2, "co-quan": 0.9}
    lo, hi = math.log(30), math.log(420)
    params = []
    for _, name, kind, _ in units:
        base = math.exp(lo + (hi - lo) * rnd()) * kind_size[kind]
        params.append([
            name,
            base,
            0.20 + 0.60 * rnd(),                      # online share at the start
            0.004 * rnd(),                             # online share growth per month
            0.03 * rnd() if rnd() < 0.3 else 0.0,      # postal share
            1.0 if rnd() < 0.35 else 0.85 + 0.145 * rnd(),  # on-time propensity
            0.03 + 0.17 * rnd(),                       # pending share of the total
            0.2 + 0.6 * rnd(),                         # early share of the in-time results
            0.6 + 0.4 * rnd(),                         # digitized / received
            0.5 + 0.5 * rnd(),                         # fully digitized / digitized
            0.4 + 0.6 * rnd(),                         # results digitized / resolved
            0.1 + 0.5 * rnd(),                         # payable / received
            0.05 + 0.65 * rnd(),                       # paid online / payable
            0.3 + 0.7 * rnd(),                         # e-receipts / payable
            1.0 if rnd() < 0.5 else rnd(),             # apologies / overdue
        ])
    carried = [int(p[1] * (0.05 + 0.2 * rnd()) + 0.5) for p in params]

    rows = 0
    for t, (pid, month, label, start, end) in enumerate(periods):
        pdir = os.path.join(out, "periods", pid)
        os.mkdir(pdir)
        write(os.path.join(pdir, "period.toml"),
              f'label = "{label}"\nstart = {start}\nend   = {end}\nkind  = "month"\n')
        season = SEASON[month]
        lines = [HEADER]
        app = lines.append
        for i, (name, base, on0, ong, ps, otp, pf, es, dg, fd, rd, pay, po, er, apo) in enumerate(params):
            rec = int(base * season * (0.8 + 0.4 * rnd()) + 0.5)
            rec = 20 if rec < 20 else 600 if rec > 600 else rec
            s = on0 + ong * t + 0.06 * rnd() - 0.03
            s = 0.2 if s < 0.2 else 0.95 if s > 0.95 else s
            online = int(rec * s + 0.5)
            postal = int(rec * ps + 0.5)
            direct = rec - online - postal
            total = carried[i] + rec
            pending = int(total * pf * (0.7 + 0.6 * rnd()) + 0.5)
            resolved = total - pending
            if otp == 1.0:
                ot = 1.0 if rnd() < 0.95 else 0.95 + 0.05 * rnd()
            else:
                ot = otp + 0.04 * rnd() - 0.02
                ot = 0.85 if ot < 0.85 else 1.0 if ot > 1.0 else ot
            late = int(resolved * (1.0 - ot) + 0.5)
            early = int((resolved - late) * es + 0.5)
            on_time = resolved - late - early
            p_over = int(pending * (1.0 - ot) * (0.5 + rnd()) + 0.5)
            p_on = pending - p_over
            digitized = int(rec * dg + 0.5)
            fully = int(digitized * fd + 0.5)
            results = int(resolved * rd + 0.5)
            apologies = int((late + p_over) * apo + 0.5)
            if rnd() < 0.01:
                fees = ",,"
            else:
                payable = int(rec * pay + 0.5)
                fees = f"{payable},{int(payable * po + 0.5)},{int(payable * er + 0.5)}"
            app(f"{name},{carried[i]},{online},{direct},{postal},{early},{on_time},{late},{p_on},{p_over},"
                f"{digitized},{fully},{results},{fees},{apologies}\n")
            carried[i] = pending
        write(os.path.join(pdir, "data.csv"), "".join(lines))
        rows += len(params)

    dt = time.perf_counter() - t0
    print(f"generated {out}: {n} units, {m} periods, {rows} rows, {nbytes} bytes, {dt:.2f} s")


if __name__ == "__main__":
    main()
