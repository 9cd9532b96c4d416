"""SECURITY_DETAIL: a system said to run at a site named by its own name
(_security_siting): the statement around the site's name, from the topic to
the verb's clause. Near misses: a site said in general, a service's name, a
public building. Made-up names."""
import pytest

from conftest import texts
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, span", [
    ("○課長　現在、戸籍と税の各システムは、北浜電算の「みさき台センター」にハウジングしております。",
     "戸籍と税の各システムは、北浜電算の「みさき台センター」にハウジングしております"),
    ("○課長　予備のサーバは、同社の第３センター４階の区画に設置しており、毎月点検を受けております。",
     "予備のサーバは、同社の第３センター４階の区画に設置しており"),
    ("○課長　住民情報のサーバは、通称「西の倉」に設置しております。", "住民情報のサーバは、通称「西の倉」に設置しております"),
])
def test_a_system_at_a_named_site(text, span):
    assert any(span in t for t in texts(R, text)), texts(R, text)


@pytest.mark.parametrize("text", [
    "○課長　基幹系システムのサーバは、データセンターに設置しております。",
    "○課長　新しいシステムは「くらしの窓口」で運用を始めます。",
    "○課長　会議の資料は「市民センター」に置いております。",
])
def test_a_site_in_general_a_service_or_a_public_building_is_none(text):
    assert texts(R, text) == [], texts(R, text)
