"""looks_english: accept short English readouts, reject other languages and scripts."""

from __future__ import annotations

import pytest

from readout.ingest.language import looks_english

from ._support import READOUT

FOREIGN = {
    "chinese": ("2021年3月3日，外交部长在首都会见了来访的北国外交部长。双方就双边关系和共同关心的地区问题交换了意见。"),
    "russian": (
        "Министр иностранных дел встретился в столице со своим коллегой из соседней страны. "
        "Стороны обменялись мнениями о двусторонних отношениях и региональных вопросах, "
        "представляющих взаимный интерес, и договорились продолжить диалог."
    ),
    "french": (
        "Le ministre des Affaires étrangères a rencontré son homologue dans la capitale. Les deux "
        "parties ont échangé leurs vues sur les relations bilatérales et sur les questions "
        "régionales d'intérêt commun. Il a déclaré que son pays est prêt à renforcer la "
        "coopération dans le commerce, l'énergie et l'éducation."
    ),
    "spanish": (
        "El ministro de Asuntos Exteriores se reunió con su homólogo en la capital. Las dos "
        "partes intercambiaron opiniones sobre las relaciones bilaterales y los asuntos "
        "regionales de interés común. Dijo que su país está dispuesto a fortalecer la "
        "cooperación en el comercio, la energía y la educación."
    ),
    "german": (
        "Die Außenministerin traf sich in der Hauptstadt mit ihrem Amtskollegen aus dem "
        "Nachbarland. Beide Seiten tauschten sich über die bilateralen Beziehungen und "
        "regionale Fragen von gemeinsamem Interesse aus und vereinbarten ein weiteres Treffen."
    ),
}


def test_accepts_short_english_readout() -> None:
    assert len(READOUT.split()) >= 40
    assert looks_english(READOUT)


def test_accepts_forty_word_readout_with_many_names() -> None:
    text = (
        "Beijing, April 2 - Vice Minister Li Wen of the International Department met here today "
        "with Jan de Vries, Ambassador of the Kingdom of the Netherlands to China. The two sides "
        "exchanged views on China-Netherlands relations and on international and regional issues."
    )
    assert looks_english(text)


def test_accepts_one_sentence_readout_made_mostly_of_names_and_titles() -> None:
    """Capitalised names and titles belong to no language: the lowercase words decide."""
    text = (
        "TALLINN - Estonian Foreign Minister Kaarel Tamm on Thursday hosted his Icelandic counterpart "
        "Sigridur Anna B. Jonsdottir in Tallinn."
    )
    assert looks_english(text)


def test_rejects_a_foreign_sentence_made_mostly_of_names_and_titles() -> None:
    text = (
        "El Canciller Miguel Rodríguez Salas recibió hoy al Embajador de Chile, Jorge Valdés Prieto, "
        "y al Embajador de Colombia, Carlos Andrés Gómez Pérez, en el Palacio de Torre Tagle."
    )
    assert not looks_english(text)


def test_accepts_english_with_a_few_foreign_words() -> None:
    assert looks_english(READOUT + " The minister quoted the proverb 远亲不如近邻 in her toast.")


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_rejects_other_languages(language: str) -> None:
    assert not looks_english(FOREIGN[language])


def test_rejects_text_without_letters() -> None:
    assert not looks_english("2021 - 03 - 04 ... 12:30")


def test_accepts_a_news_lede_thin_in_function_words_but_with_no_foreign_ones() -> None:
    """A headline and one agency sentence: few English function words, and none of another language."""
    text = (
        "Leaders sign mutual defense pact\n\nNorth Korean leader Kim Jong-un and Russian President Vladimir Putin "
        "signed a comprehensive strategic partnership agreement in Pyongyang on Wednesday, pledging mutual military "
        "assistance, state media reported Thursday."
    )
    assert looks_english(text)
