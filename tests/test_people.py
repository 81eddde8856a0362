"""People: who is named, with which role, as the text anchors them."""

from __future__ import annotations

import pytest

from helpers import people
from helpers.extract import extract_article


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_article(text, "t")["people"]]


def test_a_word_inside_a_name_opens_no_second_person() -> None:
    text = "Hadir dr. Budi, Kepala Dinas Kesehatan, dan Budi Santoso, Sekda Kabupaten Banyuasin."
    assert _people(text) == [("Budi", "Kepala Dinas Kesehatan")]


def test_a_role_drops_the_sentence_period_and_keeps_an_abbreviation() -> None:
    assert _people("Hadir Budi Santoso, Sekda Kabupaten Banyuasin.") == [
        ("Budi Santoso", "Sekda Kabupaten Banyuasin")
    ]
    assert _people("Hadir Budi Santoso, Kepala Dinkes Prov.") == [
        ("Budi Santoso", "Kepala Dinkes Prov.")
    ]


def test_area_abbreviations_and_speech_verbs_are_not_names() -> None:
    text = "Hadir Budi Santoso selaku Sekda Kab. Banyuasin. Lalu pulang."
    assert _people(text) == [("Budi Santoso", "Sekda Kab. Banyuasin")]
    text = "Kata Budi Santoso, Kepala Dinas Kesehatan Prov. Sumsel."
    assert _people(text) == [("Budi Santoso", "Kepala Dinas Kesehatan Prov. Sumsel")]


def test_a_district_short_form_after_a_role_is_part_of_the_role() -> None:
    """Short forms are data (data/vocab/district_aliases.csv): 'Gorut' after a role is
    the district, and the name after the comma is the person's."""
    text = (
        "Wakil Bupati Gorut, Thariq Modanggu, membuka acara. "
        "Plt Kepala Dinas Kesehatan Gorut, Wahyudin Katili, menyampaikan laporan."
    )
    assert _people(text) == [
        ("Thariq Modanggu", "Wakil Bupati Gorut"),
        ("Wahyudin Katili", "Plt Kepala Dinas Kesehatan Gorut"),
    ]


def test_the_field_of_a_role_is_part_of_it() -> None:
    text = (
        "Sambutan dibacakan Staf Ahli Bupati Bidang Kemasyarakatan dan SDM, "
        "Drs. H. Emran Tabrani, M.Si, di aula."
    )
    assert _people(text) == [("Emran Tabrani", "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM")]


@pytest.mark.parametrize(
    "text, suffix",
    [
        ("Hj. Noripah, S.KM., M.Kes., selaku Kepala Dinas Kesehatan, memaparkan.", "S.KM., M.Kes."),
        ("Hj. Noripah, S.KM, M.Kes selaku Kepala Dinas Kesehatan, memaparkan.", "S.KM, M.Kes"),
        ("Hj. Noripah, S.Ag., M.Si., sebagai Kepala Dinas Kesehatan, memaparkan.", "S.Ag., M.Si."),
    ],
)
def test_degrees_then_a_comma_and_a_link_word_lead_to_the_role(text: str, suffix: str) -> None:
    found = extract_article(text, "t")["people"]
    assert [(p["name"], p["title_suffix"], p["role"]) for p in found] == [
        ("Noripah", suffix, "Kepala Dinas Kesehatan")
    ]


@pytest.mark.parametrize("place", ["RSUD dr. Soedarso", "Jalan Dr. Sutomo", "Jln. dr. Sutomo"])
def test_a_hospital_or_street_named_after_someone_is_no_one(place: str) -> None:
    text = f"Rapat di {place}, dihadiri dr. Rini Astuti, M.Kes."
    assert _people(text) == [("Rini Astuti", None)]
    assert _people("Hadir Kepala Puskesmas dr. Budi Santoso di acara.") == [
        ("Budi Santoso", "Kepala Puskesmas")
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Direktur RSUD dr. H. Mohamad Rabain, dr. Budi Santoso, M.Kes, hadir.",
         ("Budi Santoso", "Direktur RSUD dr. H. Mohamad Rabain")),
        ("Direktur RSUD dr. H. Mohamad Rabain Muara Enim, dr. Budi Santoso hadir.",
         ("Budi Santoso", "Direktur RSUD dr. H. Mohamad Rabain Muara Enim")),
        ("Plt Direktur Rumah Sakit Dr. Soetomo, Prof. Dr. dr. Rina Wati, Sp.OG hadir.",
         ("Rina Wati", "Plt Direktur Rumah Sakit Dr. Soetomo")),
    ],
)  # fmt: skip
def test_the_doctor_a_hospital_is_named_after_is_part_of_the_role(text: str, person: tuple) -> None:
    assert _people(text) == [person]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # no comma and honorifics after the name: the director is the doctor named
        ("Direktur RSUD dr. Budi Santoso, mengatakan rapat penting.",
         [("Budi Santoso", "Direktur RSUD")]),
        ("Direktur RSUD dr. Budi Santoso, Bupati H. Askolani hadir.",
         [("Budi Santoso", "Direktur RSUD"), ("Askolani", "Bupati")]),
        # a puskesmas or an office is not named after a doctor
        ("Kepala Dinas Kesehatan dr. Budi Santoso, dr. Ani hadir.",
         [("Budi Santoso", "Kepala Dinas Kesehatan"), ("Ani", None)]),
        ("Kepala Puskesmas dr. Budi Santoso, dr. Ani hadir.",
         [("Budi Santoso", "Kepala Puskesmas"), ("Ani", None)]),
    ],
)  # fmt: skip
def test_a_director_named_with_honorifics_is_the_person(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hadir Bupati Banyuasin H Askolani dan Ketua TP PKK Banyuasin Hj. Sri Fitriani.",
         [("Askolani", "Bupati Banyuasin"), ("Sri Fitriani", "Ketua TP PKK Banyuasin")]),
        ("Hadir Bupati Banyuasin Askolani serta Ketua TP PKK Hj. Sri Fitriani.",
         [("Askolani", "Bupati Banyuasin"), ("Sri Fitriani", "Ketua TP PKK")]),
        # 'dan' before a role ends the role before it; inside an office's name it does not
        ("Hadir Camat dan Ketua TP PKK Banyuasin Hj. Sri Fitriani.",
         [("Sri Fitriani", "Ketua TP PKK Banyuasin")]),
        ("Hadir Kepala Dinas Koperasi dan Tenaga Kerja Budi Santoso.",
         [("Budi Santoso", "Kepala Dinas Koperasi dan Tenaga Kerja")]),
        ("Hadir Kepala Dinas Kesehatan selaku Ketua Tim Percepatan dr. Budi Santoso.",
         [("Budi Santoso", "Kepala Dinas Kesehatan selaku Ketua Tim Percepatan")]),
        ("Hadir Kepala Dinas Kesehatan sekaligus Ketua Tim Percepatan dr. Budi Santoso.",
         [("Budi Santoso", "Kepala Dinas Kesehatan sekaligus Ketua Tim Percepatan")]),
        # any other words before the second role part two people
        ("Pj Bupati Banyuasin Hani Syopiar Rustam didampingi Ketua TP PKK Banyuasin Ny. Hj. "
         "Emilia meninjau posyandu.",
         [("Hani Syopiar Rustam", "Pj Bupati Banyuasin"), ("Emilia", "Ketua TP PKK Banyuasin")]),
        ("Bupati Banyuasin Askolani bersama Ketua TP PKK Hj. Sri Fitriani hadir.",
         [("Askolani", "Bupati Banyuasin"), ("Sri Fitriani", "Ketua TP PKK")]),
    ],
)  # fmt: skip
def test_two_roles_joined_by_dan_each_keep_their_name(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a hajjah carries her husband's name: the honorifics say two people
        ("Bupati Banyuasin H Askolani membuka rapat. Hadir Ketua TP PKK Banyuasin Hj. Sri "
         "Fitriani Askolani.",
         [("Askolani", "Bupati Banyuasin"), ("Sri Fitriani Askolani", "Ketua TP PKK Banyuasin")]),
        ("Hadir Ketua TP PKK Hj. Sri Fitriani Askolani dan Bupati Banyuasin H. Askolani.",
         [("Sri Fitriani Askolani", "Ketua TP PKK"), ("Askolani", "Bupati Banyuasin")]),
        # honorifics that say no gender, or the same one: one person named again
        ("Kadinkes dr. Hj. Rina Wati hadir. Rapat dibuka dr Rina Wati, M.Kes.",
         [("Rina Wati", "Kadinkes")]),
        ("Bupati H. Askolani hadir. Rapat dibuka Bupati Banyuasin H Askolani SH.",
         [("Askolani", "Bupati")]),
    ],
)  # fmt: skip
def test_honorifics_of_two_genders_name_two_people(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Pj Bupati Sekadau Buka Rembuk Stunting", []),
        ("Wabup Ajak Masyarakat Cegah Stunting", []),
        ("Bupati Askolani Pimpin Rakor Stunting", [("Askolani", "Bupati")]),
        ("Wabup Barut Sugianto Panala Putra Buka Rakor",
         [("Sugianto Panala Putra", "Wabup Barut")]),
    ],
)  # fmt: skip
def test_a_headline_s_verb_is_neither_a_name_nor_the_role_s(text: str, people: list) -> None:
    assert _people(text) == people


def test_a_branch_of_an_organisation_is_part_of_the_role() -> None:
    text = "Ketua IDI Cabang Pontianak, dr. Rifka, Sp.OG, menyebut perdarahan."
    assert _people(text) == [("Rifka", "Ketua IDI Cabang Pontianak")]
    text = "Ketua Tim Penggerak PKK Kabupaten Banyuasin, Hj. Sri Fitriani, hadir."
    assert _people(text) == [("Sri Fitriani", "Ketua Tim Penggerak PKK Kabupaten Banyuasin")]


def test_a_puskesmas_named_after_its_subdistrict_is_no_one() -> None:
    assert _people("Hadir Kepala Puskesmas Sukajadi dan Satgas Stunting.") == []
    for text in (
        "Kepala Puskesmas Sukajadi, Rina Wati, menyampaikan laporan.",
        "Kepala Puskesmas Sukajadi Rina Wati menyampaikan laporan.",
    ):
        assert _people(text) == [("Rina Wati", "Kepala Puskesmas Sukajadi")]
    text = "Kepala Puskesmas Talang Kelapa Budi Santoso hadir."
    assert _people(text) == [("Budi Santoso", "Kepala Puskesmas Talang Kelapa")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Camat Sukajadi Rudi Hartono membuka acara.", "Camat Sukajadi"),
        ("Camat Talang Kelapa, Rudi Hartono, membuka acara.", "Camat Talang Kelapa"),
        ("Hadir Kapolsek Talang Kelapa AKP Rudi Hartono.", "Kapolsek Talang Kelapa"),
        ("Camat Rudi Hartono membuka acara.", "Camat"),
    ],
)  # fmt: skip
def test_a_camat_or_kapolsek_is_named_after_the_subdistrict(text: str, role: str) -> None:
    assert _people(text) == [("Rudi Hartono", role)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a kecamatan's name may go on past the words a name can hold ('Tengah')
        ("Camat Teweh Tengah, Siti Aminah, membuka acara.", ("Siti Aminah", "Camat Teweh Tengah")),
        ("Camat Teweh Tengah Siti Aminah membuka acara.", ("Siti Aminah", "Camat Teweh Tengah")),
        # a village's name runs to a comma before a name or honorifics
        ("Kepala Desa Sungai Rengit, Suparman, mengatakan warganya mendukung.",
         ("Suparman", "Kepala Desa Sungai Rengit")),
        ("Kades Pangkalan Panji, Ahmad Yani, berterima kasih.",
         ("Ahmad Yani", "Kades Pangkalan Panji")),
        ("Kepala Desa Sukamaju, dr. Rina, hadir.", ("Rina", "Kepala Desa Sukamaju")),
        ("Lurah Melayu, H. Budi Santoso, hadir.", ("Budi Santoso", "Lurah Melayu")),
        # without a name after the comma, the name before it is the person's
        ("Kades Suparman, mengatakan hal itu.", ("Suparman", "Kades")),
        ("Kades Suparman, Selasa (25/1), mengatakan hal itu.", ("Suparman", "Kades")),
        ("Lurah Budi Santoso, SH, mengatakan hal itu.", ("Budi Santoso", "Lurah")),
        # nor is a name before a comma a village's after a role of no village
        ("Bupati Banyuasin, Askolani, hadir.", ("Askolani", "Bupati Banyuasin")),
        ("Sekda Budi Santoso, Askolani dan Rudi hadir.", ("Budi Santoso", "Sekda")),
    ],
)  # fmt: skip
def test_a_village_head_or_camat_is_named_after_the_place(text: str, person: tuple) -> None:
    assert _people(text)[0] == person


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a village's name runs to the kecamatan it lies in, without a comma too
        ("Hadir Kepala Desa Sungai Rengit Kecamatan Talang Kelapa dalam rapat itu.", []),
        ("Hadir Kepala Desa Sukamaju Kecamatan Talang Kelapa Budi Santoso.",
         [("Budi Santoso", "Kepala Desa Sukamaju Kecamatan Talang Kelapa")]),
        ("Kades Sukamaju Kec. Talang Kelapa Budi hadir.",
         [("Budi", "Kades Sukamaju Kec. Talang Kelapa")]),
        # a kecamatan the gazetteer does not list, or one further on, says nothing
        ("Kepala Desa Budi Santoso Kecamatan Antah Berantah hadir.",
         [("Budi Santoso", "Kepala Desa")]),
        ("Kepala Desa Budi Santoso hadir di Kecamatan Talang Kelapa.",
         [("Budi Santoso", "Kepala Desa")]),
        # nor after a role of no village
        ("Sekda Budi Santoso Kecamatan Talang Kelapa hadir.", [("Budi Santoso", "Sekda")]),
        # a role's words go on over a kecamatan the gazetteer lists, not over a name
        ("Sekretaris Kecamatan Talang Kelapa, Rudi, hadir.",
         [("Rudi", "Sekretaris Kecamatan Talang Kelapa")]),
        ("Kasi Kesra Kecamatan Talang Kelapa Rudi hadir.",
         [("Rudi", "Kasi Kesra Kecamatan Talang Kelapa")]),
        ("Penyuluh KB Kec. Talang Kelapa, Rudi, hadir.",
         [("Rudi", "Penyuluh KB Kec. Talang Kelapa")]),
        ("Sekretaris Kecamatan Budi Santoso hadir.", [("Budi Santoso", "Sekretaris Kecamatan")]),
        # the midwives, nutrition officers and hamlet heads at a village's meeting
        ("Hadir pula Bidan Desa Sri Mulyani.", [("Sri Mulyani", "Bidan Desa")]),
        ("Kepala Dusun III Ahmad hadir.", [("Ahmad", "Kepala Dusun III")]),
        ("Nutrisionis Puskesmas Sukajadi Siti Aminah menjelaskan.",
         [("Siti Aminah", "Nutrisionis Puskesmas Sukajadi")]),
        # members of a parliament, with their commission's numeral
        ("Turut hadir Anggota DPRD Banyuasin Komisi IV, H. Agus Salam.",
         [("Agus Salam", "Anggota DPRD Banyuasin Komisi IV")]),
        ("Anggota Komisi IX DPR RI dr. Hj. Ratu Wulla hadir.",
         [("Ratu Wulla", "Anggota Komisi IX DPR RI")]),
    ],
)  # fmt: skip
def test_a_village_or_kecamatan_after_a_role_is_the_role_s(text: str, people: list) -> None:
    assert _people(text) == people


def test_apt_opens_a_name_as_well_as_following_one() -> None:
    text = "Kepala Dinkes Kapuas, Apt. Tri Setya Utami, S.Si, M.M., memaparkan capaian."
    found = extract_article(text, "t")["people"]
    assert [(p["name"], p["title_prefix"], p["role"]) for p in found] == [
        ("Tri Setya Utami", "Apt.", "Kepala Dinkes Kapuas")
    ]


def test_a_regulation_number_after_a_role_is_no_one() -> None:
    assert _people("Sesuai Peraturan Bupati Nomor 35 Tahun 2021, puskesmas wajib lapor.") == []


def _person(name: str, start: int) -> people.Person:
    return people.Person(name, None, None, None, None, start, start + len(name))


@pytest.mark.parametrize(
    "names",
    [
        ["Budi Santoso"],
        ["Budi Santoso", "Budi", "Rini Astuti", "Santoso", "Ani", "Rini"],
        ["Ani", "Ani Rahma", "Rahma", "Budi Rahma", "Budi"],
    ],
)
def test_the_first_people_of_an_article_go_straight_into_its_index(names: list[str]) -> None:
    """What _merge_sentence adds to the article's empty index is what looking each
    person kept up in it, in order, would add: no one is found there twice."""
    found = [_person(n, 20 * i) for i, n in enumerate(names)]
    plain = people._merge_sentence(found, {})
    into = people._Seen()
    assert people._merge_sentence(found, into.keys, into=into) == plain
    looked_up = people._Seen()
    assert [looked_up.first_or_add(p.name, i) for i, p in enumerate(plain)] == [None] * len(plain)
    assert (into.exact, into.within) == (looked_up.exact, looked_up.within)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Plt Kadinkes Barut, Siswandoyo, mengatakan hal itu.", "Plt Kadinkes Barut"),
        ("Plt  Kadinkes Barut, Siswandoyo, mengatakan hal itu.", "Plt Kadinkes Barut"),
        ("Plt. Kepala Dinkes Banyuasin dr. Rini, M.Kes, membuka acara.",
         "Plt. Kepala Dinkes Banyuasin"),
        ("Plh. Sekda Barito Utara, Jainal Abidin, membuka rapat.", "Plh. Sekda Barito Utara"),
        ("Pj Bupati Banyuasin Hani Syopiar Rustam membuka rapat.", "Pj Bupati Banyuasin"),
        ("Penjabat (Pj) Bupati Buleleng, Ketut Lihadnyana, hadir.",
         "Penjabat (Pj) Bupati Buleleng"),
        ("Hadir dr. Rini, M.Kes, Pelaksana Tugas (Plt) Kadinkes Barut.",
         "Pelaksana Tugas (Plt) Kadinkes Barut"),
        ("Siswandoyo, Plt Kepala Dinas Kesehatan Barito Utara, mengatakan hal itu.",
         "Plt Kepala Dinas Kesehatan Barito Utara"),
    ],
)  # fmt: skip
def test_a_role_held_for_the_time_being_keeps_its_plt_plh_or_pj(text: str, role: str) -> None:
    assert [r for _name, r in _people(text)] == [role]


@pytest.mark.parametrize(
    ("text", "speaker", "for_whom"),
    [
        ("Rapat dibuka Bupati Banyuasin Askolani yang diwakili Asisten II Setda, Budi Santoso.",
         "Budi Santoso", "Askolani"),
        ("Bupati Banyuasin Askolani diwakili oleh Sekda Banyuasin Erwin Ibrahim.",
         "Erwin Ibrahim", "Askolani"),
        ("Sekda Barito Utara, Jainal Abidin, yang membacakan sambutan Bupati Barito Utara "
         "Nadalsyah, mengatakan.", "Jainal Abidin", "Nadalsyah"),
        ("Hadir dr. Rini Lestari yang membacakan sambutan Bupati, lalu rapat dibuka.",
         "Rini Lestari", "Bupati"),
        ("Bupati OKI yang diwakili Asisten III Setda OKI, Drs. H. Mun'im, membuka rapat.",
         "Mun'im", "Bupati OKI"),
        ("Sambutan Bupati Banyuasin yang dibacakan oleh Sekda Banyuasin Erwin Ibrahim.",
         "Erwin Ibrahim", "Bupati Banyuasin"),
        ("Sekda Buleleng, Gede Suyasa, membuka acara tersebut mewakili Penjabat (Pj) Bupati "
         "Buleleng, Ketut Lihadnyana.", "Gede Suyasa", "Ketut Lihadnyana"),
        ("Sekda Ir. Erwin Ibrahim membuka acara tersebut, dalam hal ini mewakili Bupati "
         "Banyuasin H. Askolani.", "Erwin Ibrahim", "Askolani"),
        ("Bupati Banyuasin, yang diwakili oleh Sekda Ir. Erwin Ibrahim, membuka rakor.",
         "Erwin Ibrahim", "Bupati Banyuasin"),
        # whom someone speaks for is named in capitalised words, not what they did next
        ("Sekda Banyuasin Ir. Erwin Ibrahim, MM mewakili Bupati membuka acara.",
         "Erwin Ibrahim", "Bupati"),
        ("Sekda Erwin Ibrahim membuka acara mewakili Bupati dan Wakil Bupati Banyuasin.",
         "Erwin Ibrahim", "Bupati dan Wakil Bupati Banyuasin"),
        # past a comma, a role named without a person right before 'diwakili'
        ("Hadir Ketua DPRD Sekadau Radius Efendi, Dandim 1204/Sanggau diwakili Danramil "
         "Sekadau Kapten Inf Sukardi, dan warga.", "Sukardi", "Dandim 1204/Sanggau"),
        ("Bupati Banyuasin, H. Askolani, yang diwakili Sekda Ir. Erwin Ibrahim membuka acara.",
         "Erwin Ibrahim", "Askolani"),
        ("Bupati Banyuasin H. Askolani, dalam hal ini diwakili Sekda Ir. Erwin Ibrahim.",
         "Erwin Ibrahim", "Askolani"),
        # 'atas nama' speaks for someone as 'mewakili' does
        ("Atas nama Bupati, Staf Ahli Bidang Kemasyarakatan, H. Muhammad Iqbal, menyampaikan "
         "apresiasi.", "Muhammad Iqbal", "Bupati"),
        ("Sekda H. Muhammad Iqbal atas nama pribadi menyampaikan duka.", "Muhammad Iqbal", None),
        # whom someone speaks for is the role, without the clause after it
        ("Kepala Dinas Kesehatan yang berhalangan hadir diwakili Sekretaris Dinas, dr. Rina.",
         "Rina", "Kepala Dinas Kesehatan"),
        # 'melalui' right before the one who speaks
        ("Bupati Barito Utara H. Nadalsyah melalui Asisten Bidang Perekonomian dan "
         "Pembangunan Setda Barut, Ir. Rahmadi, membuka rapat.", "Rahmadi", "Nadalsyah"),
        ("Bupati Banyuasin melalui Sekda Ir. Erwin Ibrahim membuka rapat.",
         "Erwin Ibrahim", "Bupati Banyuasin"),
        ("Pemkab Banyuasin melalui program Dashat menggelar rakor yang dibuka Sekda Erwin "
         "Ibrahim.", "Erwin Ibrahim", None),
        ("Bupati Askolani melalui program Dashat meminta Kepala Dinas Kesehatan Rini Wati "
         "bergerak.", "Rini Wati", None),
    ],
)  # fmt: skip
def test_who_stands_in_for_whom(text: str, speaker: str, for_whom: str) -> None:
    found = {p["name"]: p["on_behalf_of"] for p in extract_article(text, "t")["people"]}
    assert found.pop(speaker) == for_whom
    assert set(found.values()) <= {None}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bupati Barito Utara H Nadalsyah menyampaikan apresiasi.",
         ("Nadalsyah", "Bupati Barito Utara", "H")),
        ("Kadinkes Barut dr Siswandoko mengatakan hal itu.",
         ("Siswandoko", "Kadinkes Barut", "dr")),
        ("Kepala Bappeda Banyuasin Ir H Sugeng Riyadi MM menjelaskan.",
         ("Sugeng Riyadi", "Kepala Bappeda Banyuasin", "Ir H")),
        ("Kepala Dinkes Banyuasin, dr Rini Lestari, M.Kes menjelaskan.",
         ("Rini Lestari", "Kepala Dinkes Banyuasin", "dr")),
        ("Hadir Kapolres Banyuasin AKBP Ruri Prastowo.",
         ("Ruri Prastowo", "Kapolres Banyuasin", "AKBP")),
        ("Hadir Kapolres Banyuasin, AKBP Ruri Prastowo, dan camat.",
         ("Ruri Prastowo", "Kapolres Banyuasin", "AKBP")),
        ("Hadir pula Dandim 0410/KBL Letkol Inf Romi Fajar.",
         ("Romi Fajar", "Dandim 0410/KBL", "Letkol Inf")),
        ("Hadir pula Dandim 1013/Mtw Letkol Inf Rahmat.",
         ("Rahmat", "Dandim 1013/Mtw", "Letkol Inf")),
        ("Hadir pula Danramil 418-03 Kapten Inf Rudi.",
         ("Rudi", "Danramil 418-03", "Kapten Inf")),
        ("Danramil 418-03/Sukajadi Kapten Inf Rudi Hartono hadir.",
         ("Rudi Hartono", "Danramil 418-03/Sukajadi", "Kapten Inf")),
        ("Hadir Ketua TP PKK Kabupaten Lampung Timur Ny. Mega Dawam.",
         ("Mega Dawam", "Ketua TP PKK Kabupaten Lampung Timur", "Ny.")),
        ("Kepala Puskesmas Talang Kelapa, Bidan Sri Wahyuni, melapor.",
         ("Sri Wahyuni", "Kepala Puskesmas Talang Kelapa", "Bidan")),
    ],
)  # fmt: skip
def test_honorifics_and_ranks_after_a_role_open_the_name(text: str, person: tuple) -> None:
    """Honorifics also without their dots; a police or army rank (and its corps), 'Ny.'
    or 'Bidan' is no part of the name, nor of the role before it; a unit's number is
    part of the role."""
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["role"], found["title_prefix"]) == person


@pytest.mark.parametrize("oleh", ["", "oleh "])
def test_the_role_of_one_who_stands_in_is_not_read_from_the_one_stood_in_for(oleh: str) -> None:
    """'Bupati X yang diwakili oleh Sekda Ir. Y': the Sekda is Y's role, not 'Bupati X
    yang diwakili oleh Sekda', which runs from the first role to the honorific."""
    text = f"Bupati Banyuasin yang diwakili {oleh}Sekda Ir. Erwin Ibrahim membuka rakor."
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["role"], found["on_behalf_of"]) == (
        "Erwin Ibrahim",
        "Sekda",
        "Bupati Banyuasin",
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Asisten I Setda Banyuasin, Ir. Budi Santoso, membuka rapat.",
         "Asisten I Setda Banyuasin"),
        ("Asisten III Setda Barito Utara Budi Santoso membuka rapat.",
         "Asisten III Setda Barito Utara"),
        ("Ketua Komisi IV DPRD Banyuasin, Budi Santoso, hadir.", "Ketua Komisi IV DPRD Banyuasin"),
        ("Asisten II, Budi Santoso, hadir.", "Asisten II"),
    ],
)  # fmt: skip
def test_a_roman_numeral_numbers_the_role(text: str, role: str) -> None:
    assert _people(text) == [("Budi Santoso", role)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala Dinas Kesehatan Buleleng, dr. I Made Budiasa, M.Kes, menjelaskan.",
         ("I Made Budiasa", "Kepala Dinas Kesehatan Buleleng")),
        ("Kadinkes Bali I Made Wirawan mengatakan hal itu.", ("I Made Wirawan", "Kadinkes Bali")),
        ("Ketua Komisi I DPRD Bali I Wayan Sutena hadir.",
         ("I Wayan Sutena", "Ketua Komisi I DPRD Bali")),
        ("Asisten I Setda Buleleng, I Gusti Ayu Putri, membuka rapat.",
         ("I Gusti Ayu Putri", "Asisten I Setda Buleleng")),
    ],
)  # fmt: skip
def test_a_balinese_name_opens_with_i_and_a_numeral_does_not(text: str, person: tuple) -> None:
    assert _people(text) == [person]


def test_the_i_of_a_balinese_name_is_no_name_alone() -> None:
    assert people._name_at("Komisi I Setda", 7) is None
    assert people._name_at("Komisi I DPRD", 7) is None
    assert people._name_at("I Made Budiasa hadir", 0) == (0, 14, True)


def test_the_words_of_an_acting_role_are_never_a_name() -> None:
    assert not any(map(people._is_name_word, ["Plt", "Plh", "Penjabat", "Pelaksana"]))


def test_a_name_of_five_words_and_a_secretariat_in_a_role() -> None:
    text = "Wakil Bupati OKU Timur, H. M. Adi Nugraha Purna Yudha, S.H., membuka acara."
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["title_suffix"]) == ("M. Adi Nugraha Purna Yudha", "S.H.")
    text = "Asisten Kesra Setdakab Pringsewu, Drs. Sagang Nainggolan, membuka acara."
    assert _people(text) == [("Sagang Nainggolan", "Asisten Kesra Setdakab Pringsewu")]


@pytest.mark.parametrize(
    "text, person",
    [
        # an office's name goes on past a comma, but a second role's does not
        ("Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana (Dinkes PPKB) "
         "Barito Utara, dr. Siswandoyo, M.Kes, memaparkan.",
         ("Siswandoyo", "Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana "
          "(Dinkes PPKB) Barito Utara", None)),
        ("Mewakili Bupati Dairi, Sekretaris Daerah Surung Charles Bantjin membuka kegiatan.",
         ("Surung Charles Bantjin", "Sekretaris Daerah", "Bupati Dairi")),
        ("Kepala Bappeda Litbang Banyuasin, Dr. H. Aminuddin, S.Pd., membuka acara.",
         ("Aminuddin", "Kepala Bappeda Litbang Banyuasin", None)),
        ("Hal itu disampaikan Kasi Kesga dan Gizi Dinkes Barut, Rusmawati, SKM, Senin.",
         ("Rusmawati", "Kasi Kesga dan Gizi Dinkes Barut", None)),
        # 'Sehat' names a programme, not a person; a village named in a role after a name
        # is the role's, not a second person
        ("Ketua Forum Kabupaten Sehat Banyuasin, Drs. H. Syamsul, juga hadir.",
         ("Syamsul", "Ketua Forum Kabupaten Sehat Banyuasin", None)),
        ("Menurut Bapak Ahmad Yani, Kepala Desa Sukamaju, warganya antusias.",
         ("Ahmad Yani", "Kepala Desa Sukamaju", None)),
        # an office's short form written with a hyphen
        ("Turut hadir Ketua TP-PKK Barito Utara, Hj. Eveready Nadalsyah.",
         ("Eveready Nadalsyah", "Ketua TP-PKK Barito Utara", None)),
        ("Kabid P2P-PL Dinkes Banyuasin dr. Rini hadir.",
         ("Rini", "Kabid P2P-PL Dinkes Banyuasin", None)),
        # a facility's name before a comma and a name that opens with honorifics
        ("Kepala UPTD Puskesmas Pangkalan Balai, Ns. Sari Dewi, S.Kep., memaparkan data.",
         ("Sari Dewi", "Kepala UPTD Puskesmas Pangkalan Balai", None)),
        ("Kepala Puskesmas Muara Teweh, dr Rahmat Hidayat, hadir.",
         ("Rahmat Hidayat", "Kepala Puskesmas Muara Teweh", None)),
        # or a name alone, the puskesmas named after a place the gazetteer does not list
        ("Kepala UPTD Puskesmas Lampeong, Yusnita, Amd.Keb, memaparkan hasil pendataan.",
         ("Yusnita", "Kepala UPTD Puskesmas Lampeong", None)),
        # a name with its degrees is the head's
        ("Kepala Puskesmas Rina Wati, S.Kep, memaparkan data.",
         ("Rina Wati", "Kepala Puskesmas", None)),
        # an office named with its seat, 'di' and a place
        ("Kepala Balai POM di Palembang, Drs. Hardi Pranata, menyampaikan materi.",
         ("Hardi Pranata", "Kepala Balai POM di Palembang", None)),
        ("Kepala Dinas Kesehatan Banyuasin di Aula Bappeda, dr. Rini, hadir.",
         ("Rini", None, None)),
    ],
)  # fmt: skip
def test_the_name_of_an_office_in_a_role(text: str, person: tuple) -> None:
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["role"], found["on_behalf_of"]) == person


@pytest.mark.parametrize(
    "text, suffix",
    [
        ("Sekda Banyuasin, Ir. Erwin Ibrahim, S.T., M.M., M.B.A., membuka kegiatan.",
         "S.T., M.M., M.B.A."),
        ("Kabid Kesmas, Rina Wati, S.K.M., M.K.M., menjelaskan.", "S.K.M., M.K.M."),
    ],
)  # fmt: skip
def test_degrees_with_a_dot_after_each_letter(text: str, suffix: str) -> None:
    (found,) = extract_article(text, "t")["people"]
    assert found["title_suffix"] == suffix


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a degree of capitals after 'S.' is no initial of the name
        ("Camat Talang Kelapa Rudi Hartono S.STP hadir.", ("Rudi Hartono", "S.STP")),
        ("Kepala Puskesmas Sukajadi Rina Wati S.KM hadir.", ("Rina Wati", "S.KM")),
        ("Camat Talang Kelapa, Rudi Hartono, SSTP, M.Si, hadir.", ("Rudi Hartono", "SSTP, M.Si")),
        # nor one-letter parts that no name word follows
        ("Sekda Adi Nugraha S.H. hadir.", ("Adi Nugraha", "S.H.")),
        ("Sekda Adi Nugraha S.H., M.H. hadir.", ("Adi Nugraha", "S.H., M.H.")),
        # initials still are
        ("Kepala Dinas Kesehatan dr. R.A. Kartini hadir.", ("R.A. Kartini", None)),
        ("Kepala Dinas Kesehatan Budi A. Santoso hadir.", ("Budi A. Santoso", None)),
    ],
)  # fmt: skip
def test_a_degree_right_after_a_name_is_no_initial(text: str, person: tuple) -> None:
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["title_suffix"]) == person


@pytest.mark.parametrize(
    "text, suffix",
    [
        ("Siti Aminah, S.Kep., Ns. mengatakan hal itu.", "S.Kep., Ns."),
        ("Hadir Siti Aminah S.Kep Ns dan warga.", "S.Kep Ns"),
    ],
)  # fmt: skip
def test_a_nurse_s_ns_follows_the_nursing_degree(text: str, suffix: str) -> None:
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["title_suffix"]) == ("Siti Aminah", suffix)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hadir Siti Aminah, S.Kep., Ns. Rina Wati, S.Kep dan warga.",
         [("Siti Aminah", None, "S.Kep."), ("Rina Wati", "Ns.", "S.Kep")]),
        ("Hadir dr. Budi Santoso, Ns. Sari Dewi dan warga.",
         [("Budi Santoso", "dr.", None), ("Sari Dewi", "Ns.", None)]),
        ("Hadir Rina Dewi, S.Farm., Apt. Budi Santoso dan warga.",
         [("Rina Dewi", None, "S.Farm."), ("Budi Santoso", "Apt.", None)]),
        # a word that opens no name, or the end of the sentence: the degree stays
        ("Hadir Rina Dewi, S.Farm., Apt. Hadir pula warga.",
         [("Rina Dewi", None, "S.Farm., Apt.")]),
        ("Hadir Siti Aminah, S.Kep., Ns., M.Kep dan warga.",
         [("Siti Aminah", None, "S.Kep., Ns., M.Kep")]),
    ],
)  # fmt: skip
def test_a_degree_also_written_before_a_name_opens_the_next(text: str, people: list) -> None:
    found = extract_article(text, "t")["people"]
    assert [(p["name"], p["title_prefix"], p["title_suffix"]) for p in found] == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rapat dihadiri Siti Aminah, S.Kep., Ns., Kepala Puskesmas Talang Kelapa.",
         ("Siti Aminah", "Kepala Puskesmas Talang Kelapa")),
        ("Acara dibuka dr. Budi Santoso, Kepala Puskesmas Sukajadi, pada Senin.",
         ("Budi Santoso", "Kepala Puskesmas Sukajadi")),
        ("Hadir Ahmad Yani, Camat Talang Kelapa dan warga.", ("Ahmad Yani", "Camat Talang Kelapa")),
        # a facility after the role's keyword, in the chain of office words
        ("Hadir Sari Dewi, Kepala UPTD Puskesmas Pangkalan Balai, dan warga.",
         ("Sari Dewi", "Kepala UPTD Puskesmas Pangkalan Balai")),
        ("Hadir Suparman selaku Kepala Desa Sungai Rengit Kecamatan Talang Kelapa, dan warga.",
         ("Suparman", "Kepala Desa Sungai Rengit Kecamatan Talang Kelapa")),
        # the place's name ends before a weekday, an honorific or another role
        ("Hadir Siti Aminah selaku Kepala Puskesmas Sukajadi Camat Rudi Hartono juga hadir.",
         ("Siti Aminah", "Kepala Puskesmas Sukajadi")),
        ("Hadir Budi Santoso selaku Kepala Puskesmas Senin lalu.",
         ("Budi Santoso", "Kepala Puskesmas")),
        ("Hadir Budi Santoso selaku Direktur RSUD H. Hanafie Muara Bungo.",
         ("Budi Santoso", "Direktur RSUD")),
        # a role of no place keeps to its office's words
        ("Hadir Budi Santoso, Kepala Dinas Kesehatan Banyuasin Selasa (25/1).",
         ("Budi Santoso", "Kepala Dinas Kesehatan Banyuasin")),
    ],
)  # fmt: skip
def test_a_role_after_a_name_holds_the_name_of_the_place_it_heads(text: str, person: tuple) -> None:
    """After the name of the one who holds it, the capitalised words after a facility
    or a camat or village head name the place; a weekday ends any role."""
    assert _people(text)[0] == person


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ahli gizi Puskesmas Muara Teweh, Nurhayati, S.Gz, menjelaskan menu PMT.",
         ("Nurhayati", "S.Gz")),
        ("Wakil Bupati Banyuasin, Netta Indian, S.P., membuka acara.", ("Netta Indian", "S.P.")),
        ("Hadir Budi Santoso, S.S., M.P. dari Dinas Pertanian.", ("Budi Santoso", "S.S., M.P.")),
        # the degrees of public-health officials, midwives and nutritionists
        ("Kepala Dinas Kesehatan Provinsi Kalimantan Tengah, dr. Suyuti Syamsul, MPPM, "
         "memberikan arahan.", ("Suyuti Syamsul", "MPPM")),
        ("Bidan Koordinator Puskesmas Sukajadi, Rina Wati, A.Md.Keb, M.Tr.Keb menjelaskan.",
         ("Rina Wati", "A.Md.Keb, M.Tr.Keb")),
        ("Nutrisionis Puskesmas Sukajadi, Siti Aminah, S.Tr.Gz menjelaskan.",
         ("Siti Aminah", "S.Tr.Gz")),
        # degrees of several parts run on past a listed one that opens them
        ("Kepala Dinas Hj. Rina Wati, S.Si.T., M.Kes hadir.", ("Rina Wati", "S.Si.T., M.Kes")),
        ("Direktur RSUD dr. Budi Santoso, Sp.PD-KGEH, FINASIM hadir.",
         ("Budi Santoso", "Sp.PD-KGEH, FINASIM")),
        ("Kepala Ruangan Siti Aminah, S.Kep., Ns., Sp.Kep.Mat menyampaikan laporan.",
         ("Siti Aminah", "S.Kep., Ns., Sp.Kep.Mat")),
        ("Kepala Dinas dr. Rina Wati, MARS, M.H.Kes hadir.", ("Rina Wati", "MARS, M.H.Kes")),
        ("Kepala Dinas Rina Wati, SST., M.Keb hadir.", ("Rina Wati", "SST., M.Keb")),
        # a field in parentheses after a degree is the degree's
        ("Kepala Dinas dr. Rina Wati, M.Kes (Epid) hadir.", ("Rina Wati", "M.Kes (Epid)")),
    ],
)  # fmt: skip
def test_a_name_with_a_written_degree_is_a_person(text: str, person: tuple) -> None:
    """A name of one word is a person's with a degree written with its dots after it
    (a bare 'SE' or 'MM' may be something else); degrees of one letter each are listed."""
    (found,) = extract_article(text, "t")["people"]
    assert (found["name"], found["title_suffix"]) == person


def test_a_single_word_before_a_bare_degree_is_no_one() -> None:
    assert _people("Hadir pula Rahmat SE dan warga.") == []


def test_a_role_after_a_name_is_quoted_with_it() -> None:
    text = "Didi Supardi, Kepala Dinas Kesehatan Banyuasin, hadir. Bupati H. Askolani membuka."
    quotes = [p["quote"] for p in extract_article(text, "t")["people"]]
    assert quotes == ["Didi Supardi, Kepala Dinas Kesehatan Banyuasin", "Bupati H. Askolani"]
