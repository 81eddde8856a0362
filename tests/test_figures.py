"""Indicator figures in sentences of the genre that are not in the gold sets."""

from __future__ import annotations

import datetime as dt
from itertools import product

import pytest

from helpers.extract import extract_article

PUB = dt.date(2023, 11, 3)


def figures(text: str) -> list[tuple]:
    facts = extract_article(text, "probe", PUB)["indicators"]
    return [
        (f["indicator"], f["value"], f["unit"], f["year"], f["kind"], f["qualifier"]) for f in facts
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Prevalensi stunting Kabupaten Bantul turun dari 25,3 persen pada 2021 "
            "menjadi 18,7 persen pada 2022.",
            [
                ("stunting_prevalence", 25.3, "percent", 2021, "baseline", None),
                ("stunting_prevalence", 18.7, "percent", 2022, "achievement", None),
            ],
        ),
        (
            "Angka kematian bayi (AKB) di Kabupaten Bantul tahun 2022 "
            "sebesar 12 per 1.000 kelahiran hidup.",
            [("infant_mortality", 12, "per_1000_live_births", 2022, "achievement", None)],
        ),
        (
            "AKI tahun 2022 sebesar 120 per 100 ribu kelahiran hidup, dan 118 per seratus "
            "ribu KH pada 2023.",
            [
                ("maternal_mortality", 120, "per_100000_live_births", 2022, "achievement", None),
                ("maternal_mortality", 118, "per_100000_live_births", 2023, "achievement", None),
            ],
        ),
        (
            "IPM Kabupaten Bantul tahun 2022 mencapai 70,52.",
            [("hdi", 70.52, "index", 2022, "achievement", None)],
        ),
        # a level written without a unit, then the change that led to it
        (
            "IPM Kabupaten Bantul tahun 2023 sebesar 71,2 naik 0,65 poin dibanding 2022.",
            [
                ("hdi", 71.2, "index", 2023, "achievement", None),
                ("hdi", 0.65, "index", 2023, "change", None),
            ],
        ),
        (
            "Usia harapan hidup di Bantul mencapai 69,5 tahun pada 2022.",
            [("life_expectancy", 69.5, "years", 2022, "achievement", None)],
        ),
        (
            "Jumlah kematian ibu sebanyak 7 kasus pada tahun 2022, "
            "sedangkan kematian bayi 45 kasus.",
            [
                ("maternal_deaths", 7, "count", 2022, "achievement", None),
                ("infant_deaths", 45, "count", 2022, "achievement", None),
            ],
        ),
        (
            "Angka stunting turun 3,2 persen dari tahun sebelumnya menjadi 17,1 persen.",
            [
                ("stunting_prevalence", -3.2, "percentage_points", None, "change", None),
                ("stunting_prevalence", 17.1, "percent", None, "achievement", None),
            ],
        ),
        (
            "Target prevalensi stunting 2024 sebesar 14 persen.",
            [("stunting_prevalence", 14, "percent", 2024, "target", None)],
        ),
        (
            "Ada 1.234 balita stunting per Agustus 2023, atau sekitar 6,5 persen.",
            [
                ("stunting_count", 1234, "count", 2023, "achievement", None),
                ("stunting_prevalence", 6.5, "percent", 2023, "achievement", "~"),
            ],
        ),
        (
            "Ditemukan 12 kasus gizi buruk pada 2023.",
            [("other", 12, "count", 2023, "achievement", None)],
        ),
        # The alias of the next clause is nearer, but the figure's own comes before it.
        (
            "Angka kematian ibu (AKI) di Sinjai pada tahun 2022 sebanyak 4 kasus, "
            "sedangkan angka kematian bayi tercatat 38 kasus.",
            [
                ("maternal_deaths", 4, "count", 2022, "achievement", None),
                ("infant_deaths", 38, "count", 2022, "achievement", None),
            ],
        ),
        (
            "Ia menyebut stunting di kabupaten ini mencapai 27 persen dan gizi kurang 15 persen.",
            [
                ("stunting_prevalence", 27, "percent", None, "achievement", None),
                ("underweight_prevalence", 15, "percent", None, "achievement", None),
            ],
        ),
        # A figure without a year takes that of the last figure before it that is not a
        # baseline; 'DIY', written in capitals, is the province.
        (
            "Prevalensi stunting di Bantul pada 2022 sebesar 14,9 persen, turun dari 19,1 "
            "persen pada 2021. Sedangkan untuk DIY, angka prevalensinya 16,4 persen.",
            [
                ("stunting_prevalence", 14.9, "percent", 2022, "achievement", None),
                ("stunting_prevalence", 19.1, "percent", 2021, "baseline", None),
                ("stunting_prevalence", 16.4, "percent", 2022, "achievement", None),
            ],
        ),
        # A year after 'dan' belongs to the next figure; 'bulan Februari 2023' is a year.
        (
            "Prevalensi stunting pada tahun 2021 sebesar 27,6 persen dan pada tahun 2022 "
            "turun menjadi 22,3 persen.",
            [
                ("stunting_prevalence", 27.6, "percent", 2021, "baseline", None),
                ("stunting_prevalence", 22.3, "percent", 2022, "achievement", None),
            ],
        ),
        (
            "Terdapat 1.278 balita stunting berdasarkan pengukuran bulan Februari 2023.",
            [("stunting_count", 1278, "count", 2023, "achievement", None)],
        ),
        # People are counted as deaths, named before them, not as those who came.
        (
            "Jumlah kematian ibu di Pontianak tahun 2022 sebanyak 9 orang.",
            [("maternal_deaths", 9, "count", 2022, "achievement", None)],
        ),
        (
            "Jumlah balita stunting hasil pengukuran Juni 2023 sebanyak 2.486 orang.",
            [("stunting_count", 2486, "count", 2023, "achievement", None)],
        ),
        # A later target does not make the figure before it a baseline.
        (
            "Prevalensi stunting pada 2023 sebesar 17,9 persen. Pemkab menargetkan angka "
            "itu turun menjadi 14 persen pada akhir 2024.",
            [
                ("stunting_prevalence", 17.9, "percent", 2023, "achievement", None),
                ("stunting_prevalence", 14, "percent", 2024, "target", None),
            ],
        ),
        # Points of a percentage; years in bare parentheses; a change named before
        # the indicator ('penurunan stunting sebesar'), unless it is a target's.
        (
            "Prevalensi stunting turun 4,1 poin dibanding tahun lalu.",
            [("stunting_prevalence", -4.1, "percentage_points", None, "change", None)],
        ),
        (
            "Stunting turun dari 24,8% (2022) menjadi 20,1% (2023).",
            [
                ("stunting_prevalence", 24.8, "percent", 2022, "baseline", None),
                ("stunting_prevalence", 20.1, "percent", 2023, "achievement", None),
            ],
        ),
        (
            "Terjadi penurunan stunting sebesar 3,2 persen pada 2023.",
            [("stunting_prevalence", -3.2, "percentage_points", 2023, "change", None)],
        ),
        (
            "Dibutuhkan kerja keras untuk mencapai target penurunan stunting sebesar 14% "
            "pada tahun 2024.",
            [("stunting_prevalence", 14, "percent", 2024, "target", None)],
        ),
        # The items of a list take the year of the line that opens it.
        (
            "Ia memaparkan capaian program tahun 2022, antara lain:\n"
            "1. Cakupan imunisasi dasar lengkap 79,1 persen.\n"
            "2. Kasus kematian ibu 8 kasus.",
            [
                ("immunization_coverage", 79.1, "percent", 2022, "achievement", None),
                ("maternal_deaths", 8, "count", 2022, "achievement", None),
            ],
        ),
        # Without an alias before it, one in the next clause still names the figure.
        (
            "Tercatat 12,5 persen, angka stunting di kabupaten itu.",
            [("stunting_prevalence", 12.5, "percent", None, "achievement", None)],
        ),
        # 'dari sebelumnya' and 'dari semula' name where the level came from, also after it.
        (
            "Prevalensi wasting turun menjadi 7,1 persen dari sebelumnya 8,3 persen.",
            [
                ("wasting_prevalence", 7.1, "percent", None, "achievement", None),
                ("wasting_prevalence", 8.3, "percent", None, "baseline", None),
            ],
        ),
        (
            "Prevalensi stunting turun dari semula 24 persen menjadi 18 persen.",
            [
                ("stunting_prevalence", 24, "percent", None, "baseline", None),
                ("stunting_prevalence", 18, "percent", None, "achievement", None),
            ],
        ),
        # 'kurang dari' and 'lebih dari' qualify a level; they do not make it a baseline.
        (
            "Prevalensi stunting kurang dari 20 persen pada 2022, AKB lebih dari 12 per "
            "1.000 kelahiran hidup.",
            [
                ("stunting_prevalence", 20, "percent", 2022, "achievement", "<"),
                ("infant_mortality", 12, "per_1000_live_births", 2022, "achievement", ">"),
            ],
        ),
        # A part of a count, counted by its cause, is no figure of its own.
        (
            "Pada tahun 2022 terdapat 2 kematian ibu, 1 di antaranya akibat perdarahan, dan "
            "12 kasus kematian bayi, 7 kasus diantaranya disebabkan BBLR.",
            [
                ("maternal_deaths", 2, "count", 2022, "achievement", None),
                ("infant_deaths", 12, "count", 2022, "achievement", None),
            ],
        ),
        # Negated, they say the opposite: at most, at least.
        (
            "Kematian ibu ditargetkan tidak lebih dari 5 kasus, imunisasi tidak kurang dari "
            "95 persen, stunting tidak melebihi 14 persen dan kini tidak sampai 10 persen.",
            [
                ("maternal_deaths", 5, "count", None, "target", "<"),
                ("immunization_coverage", 95, "percent", None, "target", ">"),
                ("stunting_prevalence", 14, "percent", None, "target", "<"),
                ("stunting_prevalence", 10, "percent", None, "achievement", "<"),
            ],
        ),
        # The children weighed are no figure; those of them stunted are.
        (
            "Dari 12.000 balita yang ditimbang, 480 balita mengalami stunting, "
            "atau 4.800 anak terdata sebagai balita stunting.",
            [
                ("stunting_count", 480, "count", None, "achievement", None),
                ("stunting_count", 4800, "count", None, "achievement", None),
            ],
        ),
        # Programme figures outside the indicator list are kept as 'other', and no
        # indicator named earlier in the sentence takes them.
        (
            "Pada 2022, prevalensi stunting 21,3 persen, sedangkan cakupan ASI eksklusif "
            "62,4 persen dan ibu hamil K4 81,2 persen.",
            [
                ("stunting_prevalence", 21.3, "percent", 2022, "achievement", None),
                ("other", 62.4, "percent", 2022, "achievement", None),
                ("other", 81.2, "percent", 2022, "achievement", None),
            ],
        ),
    ],
)
def test_sentences_of_the_genre(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "opening, indicator",
    [('"Angka ini masih jauh dari target', "stunting_prevalence"),
     ("Namun, capaian itu belum memenuhi target", "stunting_prevalence"),
     ("Jumlah tersebut di bawah target", "stunting_prevalence"),
     ("Kegiatan ini menetapkan target", None)],
)  # fmt: skip
def test_a_paragraph_opening_with_angka_ini_speaks_of_the_one_before(opening, indicator):
    """Context does not cross paragraphs, but 'Angka ini' points back across one."""
    text = f"Prevalensi stunting 31,2 persen.\n\n{opening} sebesar 14 persen pada 2024."
    found = figures(text)[1:]
    assert found == ([(indicator, 14, "percent", 2024, "target", None)] if indicator else [])


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 250 orang hadir dalam rembuk stunting.",
        "Rapat penurunan kematian ibu diikuti 250 orang.",
        "Rembuk stunting untuk balita dihadiri 250 orang.",
        # values no figure of the indicator can take: another share, read under its alias
        "Sebanyak 96 desa menjadi lokus stunting dan posyandu aktif mencapai 85 persen.",
        "Usia harapan hidup yakni berada di rata-rata 12,1 tahun.",
        "Peringatan Hari Gizi Nasional Ke-63 diikuti 10 desa dan empat kecamatan.",
        "Sesuai Perbup Nomor 12 Tahun 2022 tentang percepatan penurunan stunting.",
        "Target RPJMN 2020-2024 menurunkan stunting pada 6-11 bulan.",
        "Vaksinator covid-19 dengan masa pengabdian lebih dari 10 tahun "
        "menerima alat ukur stunting.",
    ],
)
def test_numbers_that_are_not_indicator_figures(text):
    assert figures(text) == []


def test_place_names_with_hyphens_and_abbreviations():
    from helpers import places

    found = places.find_places("Rapat di Kab. Toli-Toli dan Prov. Jawa Barat, juga BANYUASIN.")
    assert [(p.areas, p.explicit) for p in found][:2] == [
        (("Kabupaten Toli-Toli",), True),
        (("Jawa Barat",), True),
    ]
    assert found[-1].areas == ("Kabupaten Banyuasin",)


@pytest.mark.parametrize(
    "text, areas",
    [
        ("Pemerintah pusat menargetkan prevalensi stunting nasional 14 persen pada 2024, "
         "sedangkan kabupaten menargetkan 18 persen.", ["Indonesia", "Kabupaten Banyuasin"]),
        ("Usia harapan hidup Banyuasin 69,5 tahun, di bawah rata-rata provinsi 70,6 tahun.",
         ["Kabupaten Banyuasin", "Sumatera Selatan"]),
        ("Prevalensi stunting tingkat provinsi 18,6 persen pada 2022.", ["Sumatera Selatan"]),
        ("Prevalensi stunting di 17 kabupaten/kota se-Sumsel rata-rata 18,6 persen.",
         ["Sumatera Selatan"]),
        ("Prevalensi stunting se-Kabupaten Musi Rawas 25,4 persen.", ["Kabupaten Musi Rawas"]),
        # an area the figure is measured against is not the figure's
        ("Angka kematian bayi kita 8,4 per 1.000 kelahiran hidup, masih di bawah angka "
         "provinsi.", ["Kabupaten Banyuasin"]),
        ("Prevalensi stunting 18 persen, lebih rendah dibandingkan Provinsi Jambi.",
         ["Kabupaten Banyuasin"]),
        ("\nPrevalensi stunting 18 persen. Angka itu di bawah rata-rata nasional.",
         ["Kabupaten Banyuasin"]),
        ("Prevalensi stunting 18 persen di tingkat provinsi.", ["Sumatera Selatan"]),
        # a local target set to match the national one stays local
        ("Prevalensi stunting ditargetkan turun menjadi 16 persen pada 2024 sesuai target "
         "RPJMN. Target RPJMN 14 persen.", ["Kabupaten Banyuasin", "Indonesia"]),
    ],
)  # fmt: skip
def test_a_bare_kabupaten_or_provinsi_is_the_storys_and_se_names_an_area(text, areas):
    found = extract_article(f"Rakor stunting di Banyuasin. {text}", "a")["indicators"]
    assert [f["area"] for f in found] == areas


@pytest.mark.parametrize(
    "text, areas",
    [
        ("Di Kecamatan Talang Kelapa, prevalensi stunting mencapai 15 persen.",
         ["Kecamatan Talang Kelapa"]),
        ("Di Kec. Talang Kelapa prevalensi stunting 15 persen.", ["Kecamatan Talang Kelapa"]),
        ("Di desa Sungai Rengit angka stunting 9 persen.", ["Desa Sungai Rengit"]),
        # a village named with its kecamatan is the village
        ("Di Desa Sukamaju Kecamatan Talang Kelapa angka stunting 9 persen.", ["Desa Sukamaju"]),
        ("Di Desa Sukamaju Kec. Talang Kelapa angka stunting 9 persen.", ["Desa Sukamaju"]),
        ("Desa Sukamaju di Kecamatan Talang Kelapa dengan 34 balita stunting.", ["Desa Sukamaju"]),
        ("Di Desa Sukamaju di wilayah Kec. Talang Kelapa, stunting 9 persen.", ["Desa Sukamaju"]),
        # two areas joined by 'dan': the nearer
        ("Di Desa Sukamaju dan Kecamatan Talang Kelapa, stunting 9 persen.",
         ["Kecamatan Talang Kelapa"]),
        ("Di Kelurahan Mariana, Kecamatan Banyuasin I, ada 12 balita stunting.",
         ["Kelurahan Mariana"]),
        # a district's name inside a kecamatan's names no district
        ("Di Kecamatan Banyuasin III tercatat 120 balita stunting.", ["Kecamatan Banyuasin III"]),
        # a name the gazetteer lists for no kecamatan is none
        ("Di Kecamatan Antah Berantah prevalensi stunting 15 persen.", ["Kabupaten Banyuasin"]),
        # a village head's role and a venue name no area
        ("Kepala Desa Sukamaju menyebut prevalensi stunting 21 persen.", ["Kabupaten Banyuasin"]),
        ("Rapat di Kantor Kecamatan Talang Kelapa. Prevalensi stunting 20 persen.",
         ["Kabupaten Banyuasin"]),
    ],
)  # fmt: skip
def test_a_kecamatan_or_village_is_the_area_of_its_figures(text, areas):
    """A figure of an area below the district is not the district's: the official
    series of the district must not be held against it."""
    found = extract_article(f"Rakor stunting di Banyuasin. {text}", "a")["indicators"]
    assert [f["area"] for f in found] == areas


@pytest.mark.parametrize(
    "speaker", ["Askolani, S.H.", "dr. Rini, M.Kes", "Rini, S.KM., M.Kes.", "Rini, Sp.OG(K)"]
)
def test_a_quote_does_not_open_with_the_degrees_of_the_name_before_it(speaker):
    text = f"Rakor di Banyuasin. Kata {speaker} prevalensi stunting 20,5 persen."
    (found,) = extract_article(text, "a")["indicators"]
    assert found["quote"] == "prevalensi stunting 20,5 persen"


@pytest.mark.parametrize("word, column", [("disekitar", 5), ("menaik", 4)])
def test_a_cue_inside_a_longer_word_is_no_cue_wherever_the_window_starts(word, column):
    """'disekitar' (nearby) holds 'sekitar' (about), 'menaik' holds 'naik': cue words are
    read whole in their sentence, so the characters read before a number, when they
    start inside such a word, find no cue there. Filler words move that start."""
    for lagi, yakni in product(range(9), repeat=2):
        text = f"Prevalensi stunting {word}{' lagi' * lagi}{' yakni' * yakni} 20 persen pada 2022."
        assert [f[column] for f in figures(text)] in ([None], ["achievement"]), text


@pytest.mark.parametrize(
    "text, years",
    [
        # named after the figure, from the year written before it
        ("Prevalensi stunting tahun 2023 sebesar 18 persen, turun dari 24 persen "
         "tahun sebelumnya.", [(18, 2023, "achievement"), (24, 2022, "baseline")]),
        # from the year the sentence before spoke of
        ("Pada 2023 prevalensi stunting 18 persen. Tahun sebelumnya angka itu 24 persen.",
         [(18, 2023, "achievement"), (24, 2022, "achievement")]),
        # named nearer the figure than the year written before it
        ("Pada 2022 prevalensi stunting 24 persen, tahun ini turun menjadi 18 persen.",
         [(24, 2022, "baseline"), (18, 2023, "achievement")]),
        ("Tahun ini prevalensi stunting 18 persen, tahun sebelumnya 24 persen.",
         [(18, 2023, "achievement"), (24, 2022, "achievement")]),
        ("Prevalensi stunting 18 persen tahun ini dan 24 persen pada tahun lalu.",
         [(18, 2023, "achievement"), (24, 2022, "achievement")]),
        # counted years
        ("Dua tahun lalu prevalensi stunting 28 persen.", [(28, 2021, "achievement")]),
        ("Prevalensi stunting 18 persen pada 2023, tiga tahun sebelumnya 27 persen.",
         [(18, 2023, "achievement"), (27, 2020, "achievement")]),
        # counted years after the figure, in words or digits, to come or gone
        ("Prevalensi stunting ditargetkan 12 persen dua tahun mendatang.",
         [(12, 2025, "target")]),
        ("Prevalensi stunting ditargetkan 12 persen dalam 2 tahun ke depan.",
         [(12, 2025, "target")]),
        ("Prevalensi stunting 28 persen tiga tahun lalu.", [(28, 2020, "achievement")]),
        # what a change is measured against is not its year
        ("Dibanding tahun lalu, prevalensi stunting turun 2 persen.", [(-2, None, "change")]),
        ("Prevalensi stunting turun 2 persen dibanding tahun lalu.", [(-2, None, "change")]),
        # but a level right after the year compared with is that year's
        ("Prevalensi stunting 18 persen, lebih rendah dibanding tahun lalu yang mencapai "
         "21 persen.", [(18, None, "achievement"), (21, 2022, "achievement")]),
        ("Kematian bayi turun dibanding tahun lalu 30 orang menjadi 25 orang.",
         [(30, 2022, "achievement"), (25, None, "achievement")]),
        ("Dibanding tahun lalu 24 persen, prevalensi stunting turun 2 persen.",
         [(24, 2022, "achievement"), (-2, None, "change")]),
        ("Pada 2023 prevalensi stunting 18 persen, dibanding tahun sebelumnya sebesar "
         "21 persen.", [(18, 2023, "achievement"), (21, 2022, "achievement")]),
    ],
)  # fmt: skip
def test_a_year_named_by_its_distance_from_another(text, years):
    assert [(f[1], f[3], f[4]) for f in figures(text)] == years


@pytest.mark.parametrize(
    "text, years",
    [
        ("Prevalensi stunting SSGI 2022 sebesar 25,3 persen, turun 6,2 persen dibanding "
         "tahun 2021.", [(25.3, 2022, "achievement"), (-6.2, 2022, "change")]),
        ("Prevalensi stunting turun 3 persen (dibanding 2021).", [(-3, None, "change")]),
        ("Prevalensi stunting naik 3 persen sejak 2019.", [(3, None, "change")]),
        ("Prevalensi stunting tahun 2022 18,5% atau turun 3,5% dari tahun 2021.",
         [(18.5, 2022, "achievement"), (-3.5, 2022, "change")]),
        # a year after the word is that of the figure that follows it
        ("Prevalensi stunting 18 persen pada 2023 dibandingkan dengan 2022 yang 20 persen.",
         [(18, 2023, "achievement"), (20, 2022, "achievement")]),
        ("Prevalensi stunting 18 persen (SSGI 2022).", [(18, 2022, "achievement")]),
        # a survey named with its year after a figure dates it
        ("Prevalensi stunting SKI 2023 sebesar 28,6 persen, naik dari 21,4 persen pada SSGI "
         "2022.", [(28.6, 2023, "achievement"), (21.4, 2022, "baseline")]),
        ("Prevalensi stunting 21,4 persen berdasarkan SSGI 2022.", [(21.4, 2022, "achievement")]),
        ("Prevalensi stunting 21,4 persen menurut hasil SSGI tahun 2022.",
         [(21.4, 2022, "achievement")]),
        # over a stretch of it
        ("Kematian ibu sebanyak 3 kasus selama 2023.", [(3, 2023, "achievement")]),
        ("Kematian bayi 12 kasus sepanjang 2023.", [(12, 2023, "achievement")]),
    ],
)  # fmt: skip
def test_a_year_written_after_a_figure_is_its_own_unless_compared_with(text, years):
    """Not after 'dibanding', 'sejak' or 'dari tahun': what the figure is compared with."""
    assert [(f[1], f[3], f[4]) for f in figures(text)] == years


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Prevalensi stunting ditargetkan mencapai 14 persen pada 2024.", ["target"]),
        ("Kita targetkan pada 2024 nanti stunting bisa mencapai 14 persen.", ["target"]),
        ("Imunisasi dasar lengkap ditargetkan berada di 95 persen.", ["target"]),
        ("Prevalensi stunting sudah mencapai 17 persen.", ["achievement"]),
        ("Angka stunting mencapai 17 persen.", ["achievement"]),
        # the aim ends at another figure, a clause mark or a joining word
        ("Target stunting 14 persen, namun baru mencapai 17 persen.", ["target", "achievement"]),
        ("Target stunting 14 persen tetapi masih berada di 17 persen.",
         ["target", "achievement"]),
        ("Stunting ditargetkan turun; kini mencapai 17 persen.", ["achievement"]),
        # a level said to be the present one is reached, after a target cue too
        ("Agar target tercapai, prevalensi stunting yang kini 18 persen harus diturunkan.",
         ["achievement"]),
        ("Kita targetkan stunting yang sekarang 18 persen bisa turun menjadi 14 persen.",
         ["achievement", "target"]),
        ("Saat ini kita targetkan stunting turun menjadi 14 persen.", ["target"]),
        # a purpose clause names a level aimed at, in its own clause only
        ("Kita bekerja agar angka stunting bisa turun menjadi 14 persen.", ["target"]),
        ("Pemkab berupaya supaya stunting mencapai 14 persen.", ["target"]),
        ("Ia meminta agar semua pihak mendukung, karena stunting mencapai 18 persen.",
         ["achievement"]),
    ],
)  # fmt: skip
def test_a_verb_of_reaching_after_a_target_aims_at_the_level(text, kinds):
    """'mencapai' names a level reached, unless a target cue before it in its clause
    makes it the level aimed at."""
    assert [f[4] for f in figures(text)] == kinds


def test_a_label_before_a_colon_is_quoted_with_its_figure():
    text = (
        "Capaian tahun 2023:\n- Prevalensi stunting: 18,5%\n- AKB: 9 per 1.000 KH\n\n"
        "Ia menyebut stunting: 18,5 persen, dan AKB: 9 per 1.000 KH.\n\n"
        "Target: 14 persen stunting pada 2024. Data 2023: prevalensi stunting 20 persen."
    )
    found = extract_article(text, "a", PUB)["indicators"]
    assert [f["quote"] for f in found] == [
        "Prevalensi stunting: 18,5%",
        "AKB: 9 per 1.000 KH",
        "Ia menyebut stunting: 18,5 persen",
        "dan AKB: 9 per 1.000 KH",
        "14 persen stunting pada 2024",  # the label names no indicator
        "prevalensi stunting 20 persen",  # nor does a label holding a number
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Kematian bayi turun dari 32 menjadi 25 kasus.",
         [("infant_deaths", 32, "count", "baseline"),
          ("infant_deaths", 25, "count", "achievement")]),
        ("Kematian bayi turun dari 32 pada 2022 menjadi 25 kasus pada 2023.",
         [("infant_deaths", 32, "count", "baseline"),
          ("infant_deaths", 25, "count", "achievement")]),
        ("Prevalensi stunting turun dari 24,5 menjadi 18,2 persen.",
         [("stunting_prevalence", 24.5, "percent", "baseline"),
          ("stunting_prevalence", 18.2, "percent", "achievement")]),
        ("Balita stunting turun dari 1.200 ke 980 anak.",
         [("stunting_count", 1200, "count", "baseline"),
          ("stunting_count", 980, "count", "achievement")]),
        # not where it came from, or no level with its unit right after
        ("Kematian bayi 32 menjadi 25 kasus.", [("infant_deaths", 25, "count", "achievement")]),
        ("Kematian bayi turun dari 32 sejak 2022 menjadi 25 kasus.",
         [("infant_deaths", 25, "count", "achievement")]),
        ("Prevalensi stunting turun dari 2 menjadi 3 desa.", []),
    ],
)  # fmt: skip
def test_where_a_level_came_from_takes_the_unit_of_the_level_it_came_to(text, found):
    assert [(f[0], f[1], f[2], f[4]) for f in figures(text)] == found


@pytest.mark.parametrize(
    "text, unit, quote_ends",
    [
        ("AKI tahun 2022 sebesar 91 per 100 rb KH.", "per_100000_live_births", "91 per 100 rb KH"),
        ("AKI tahun 2022 sebesar 91/100rb KH.", "per_100000_live_births", "91/100rb KH"),
        ("AKB tahun 2022 sebesar 4,2 permil.", "per_1000_live_births", "4,2 permil"),
        ("AKB tahun 2022 sebesar 4,2 per mil.", "per_1000_live_births", "4,2 per mil"),
        ("AKB tahun 2022 sebesar 4,2\u2030.", "per_1000_live_births", "4,2\u2030"),
    ],
)  # fmt: skip
def test_a_rate_per_hundred_thousand_in_rb_or_per_mil_is_quoted_with_its_unit(
    text, unit, quote_ends
):
    (found,) = extract_article(text, "probe", PUB)["indicators"]
    assert (found["unit"], found["quote"].endswith(quote_ends)) == (unit, True)


def test_a_level_of_a_year_after_the_publication_is_aimed_at():
    """No level of a year still to come is reached yet: it is a target, as far as the
    publication date tells."""
    text = "Angka stunting ditekan menjadi 14 persen di tahun 2024."
    assert [(f[3], f[4]) for f in figures(text)] == [(2024, "target")]
    undated = extract_article(text, "probe")["indicators"]
    assert [(f["year"], f["kind"]) for f in undated] == [(2024, "achievement")]
    text = "Kami optimis stunting bisa turun di bawah 14 persen tahun depan."
    assert [(f[1], f[3], f[4], f[5]) for f in figures(text)] == [(14, 2024, "target", "<")]


@pytest.mark.parametrize(
    "text, counts, none",
    [
        ("Kematian ibu tahun 2023 sebanyak lima kasus, menurun dibandingkan tahun 2022 "
         "sebanyak delapan kasus. Salah satu kasus kematian ibu terjadi di desa.",
         [("maternal_deaths", 5, "count", 2023), ("maternal_deaths", 8, "count", 2022)],
         "Tercatat lima anak stunting di antara kasus gizi kurang."),
        # 'orang' counts deaths and children in words as in digits, never those who came
        ("Jumlah kematian ibu pada 2023 sebanyak tiga orang. Balita stunting di desa itu "
         "tinggal dua orang. Rapat stunting dihadiri lima orang camat.",
         [("maternal_deaths", 3, "count", 2023), ("stunting_count", 2, "count", None)],
         "Salah satu orang balita stunting meninggal."),
    ],
)  # fmt: skip
def test_a_count_in_words_is_a_figure_and_one_of_them_is_not(text, counts, none):
    assert [(f[0], f[1], f[2], f[3]) for f in figures(text)] == counts
    assert figures(none) == []


@pytest.mark.parametrize(
    "text, years",
    [
        # a year written after two figures of one list dates both
        ("Prevalensi wasting 7,1 persen dan underweight 15,2 persen pada 2022.",
         [(7.1, 2022), (15.2, 2022)]),
        # but not a year between them, nor one of a figure of another kind
        ("Prevalensi stunting 27,6 persen dan pada tahun 2022 turun menjadi 22,3 persen.",
         [(27.6, None), (22.3, 2022)]),
        ("Prevalensi stunting 18 persen dan ditargetkan 14 persen pada 2024.",
         [(18, None), (14, 2024)]),
        ("Prevalensi stunting 18 persen; wasting 7 persen pada 2021.", [(18, None), (7, 2021)]),
    ],
)  # fmt: skip
def test_a_year_after_a_list_of_figures_dates_each(text, years):
    assert [(f[1], f[3]) for f in figures(text)] == years


def test_the_points_of_an_index_are_the_index():
    found = figures("IPM Banyuasin tahun 2022 naik 0,65 poin menjadi 67,89 poin.")
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [
        ("hdi", 0.65, "index", "change"),
        ("hdi", 67.89, "index", "achievement"),
    ]
    assert figures("Prevalensi stunting turun 4,1 poin.")[0][2] == "percentage_points"


def test_a_year_named_after_a_figure_is_quoted_and_needs_the_publication_date():
    text = "Prevalensi stunting 2023 sebesar 18 persen dan 24 persen pada tahun lalu."
    dated = extract_article(text, "a", PUB)["indicators"]
    assert dated[1]["quote"].endswith("24 persen pada tahun lalu")
    assert [f["year"] for f in dated] == [2023, 2022]
    undated = extract_article(text, "a")["indicators"]
    assert [f["year"] for f in undated] == [2023, None]


def test_a_count_named_after_its_number_is_quoted_with_its_name():
    text = "Pada tahun 2022 terdapat 11 kasus kematian ibu dan 63 kasus kematian bayi."
    found = extract_article(text, "a", PUB)["indicators"]
    assert [(f["indicator"], f["quote"]) for f in found] == [
        ("maternal_deaths", "Pada tahun 2022 terdapat 11 kasus kematian ibu"),
        ("infant_deaths", "dan 63 kasus kematian bayi"),
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        # a change aimed at each year is a target in points, not a level of 3 percent
        ("Prevalensi stunting ditargetkan turun 3 persen per tahun.",
         ("target", -3, "percentage_points")),
        ("Target penurunan stunting 3 persen setiap tahunnya.",
         ("target", -3, "percentage_points")),
        ("Cakupan imunisasi ditargetkan naik 5 persen tiap tahun.",
         ("target", 5, "percentage_points")),
        # a change each year, aimed at by no one, is a change; a level aimed at, a level
        ("Prevalensi stunting turun 3 persen per tahun.", ("change", -3, "percentage_points")),
        ("Target penurunan stunting sebesar 14 persen pada 2024.", ("target", 14, "percent")),
    ],
)  # fmt: skip
def test_a_change_aimed_at_each_year_is_a_target_of_a_change(text, found):
    """The quote holds the whole sentence: 'per tahun' is part of the figure."""
    (f,) = extract_article(text, "a", PUB)["indicators"]
    assert (f["kind"], f["value"], f["unit"], f["quote"]) == (*found, text.rstrip("."))
