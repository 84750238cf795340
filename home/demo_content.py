"""Bilingual demo content for the site base (home, about, privacy, contact). Facts from ../shared/seeds, words our own."""

# Every institution, person, address, e-mail address and phone number in this
# file is fictional demo data. The privacy notice is a starting template and
# must be reviewed by the operator's legal team before going live.

HOME = {
    "tr": {
        "title": "Belediyeler Arası Mentor Programı",
        "hero_title": "Bildiğini paylaş, ihtiyacın olanı öğren",
        "hero_text": (
            "Üye belediyelerin ve kurumların uzmanlarını, belirli bir konuda deneyime "
            "ihtiyaç duyan meslektaşlarıyla buluşturuyoruz. Katılım gönüllülük esasına dayanır."
        ),
        "intro": (
            "<p>Bir belediyede işe yarayan bir çözüm, başka bir belediyenin aylardır aradığı "
            "cevap olabilir. Mentor programımız, bu birikimin kurumlar arasında dolaşması için var.</p>"
            "<p>Açık çağrılara göz atabilir, kurumunuzun ihtiyacını ya da sunabileceği uzmanlığı "
            "sürekli açık çağrı üzerinden bildirebilir, tamamlanan eşleşmelerden çıkan iyi "
            "uygulamaları okuyabilirsiniz.</p>"
        ),
    },
    "en": {
        "title": "Inter-Municipal Mentor Programme",
        "hero_title": "Share what you know, learn what you need",
        "hero_text": (
            "We connect experts from member municipalities and institutions with colleagues "
            "who need experience in a specific field. Taking part is voluntary."
        ),
        "intro": (
            "<p>A solution that works in one municipality may be exactly the answer another one "
            "has been looking for. Our mentor programme exists so that this know-how can travel "
            "between institutions.</p>"
            "<p>Browse the open calls, tell us about your institution's need or the expertise it "
            "can offer through the standing call, and read the good practices that come out of "
            "completed matches.</p>"
        ),
    },
}

# StandardPage bodies are StreamField data: a list of (block_type, value) with block types:
#   ("heading", "text"), ("paragraph", "<p>rich text html; only p, h3, ul/li, strong, em, a href</p>"),
#   ("callout", {"title": "...", "text": "<p>...</p>"}), ("quote", {"quote": "...", "attribution": "..."}),
#   ("faq", [{"question": "...", "answer": "<p>...</p>"}, ...])

_ABOUT = {
    "key": "about",
    "slug": {"tr": "hakkinda", "en": "about"},
    "show_in_menus": True,
    "tr": {
        "title": "Program Hakkında",
        "intro": (
            "Mentor programı, yerel yönetimlerde biriken bilgi ve deneyimi, uzmanlarla bu "
            "deneyime ihtiyaç duyanları eşleştirerek kurumlar arasında paylaştırır."
        ),
        "search_description": (
            "Belediyeler arası mentor programının amacı, işleyişi, ilkeleri ve sık sorulan "
            "sorulara verdiğimiz yanıtlar."
        ),
        "body": [
            ("heading", "Neden bir mentor programı?"),
            (
                "paragraph",
                "<p>Belediyeler benzer sorunlarla farklı şehirlerde, çoğu zaman birbirinden habersiz "
                "uğraşır. Bir ilçede afet tatbikatını başarıyla planlayan ekip, aynı işi ilk kez "
                "üstlenen bir meslektaşı için paha biçilmez bir rehber olabilir. Program bu iki "
                "tarafı bir araya getirerek şunları amaçlar:</p>"
                "<ul>"
                "<li>belediyelerin gündemindeki konularda bilgi ve tecrübe alışverişini artırmak,</li>"
                "<li>yerel yönetimler arasında kalıcı iş birlikleri kurmak,</li>"
                "<li>kurumların kapasitesini güçlendirmek ve yetkin personel yetişmesine katkı sunmak,</li>"
                "<li>başarılı uygulamaları yerinde görüp inceleme fırsatı yaratmak.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<p>Birliğe üye belediyeler, Türkiye'deki ve başka ülkelerdeki yerel yönetimler ile "
                "şehircilik ve yerel yönetim alanında çalışan kuruluşlar programa katılabilir. "
                "<strong>Mentor</strong>, bir konudaki bilgisini paylaşmaya gönüllü olan uzman "
                "personel, birim ya da kurumdur. <strong>Menti</strong> ise belirli bir konuda "
                "destek isteyen kurum, birim veya çalışandır.</p>",
            ),
            ("heading", "Süreç nasıl işliyor?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>İhtiyaçlar ve teklifler toplanır.</strong> Kurumlar destek almak "
                "istedikleri konuları ya da katkı sunabilecekleri alanları portal üzerinden "
                "Sekretaryaya iletir. Bunun için belirli bir konuya odaklanan tematik çağrılar ile "
                "her zaman açık duran sürekli çağrı kullanılır.</li>"
                "<li><strong>Sekretarya eşleştirir.</strong> Başvuruları inceleyen Sekretarya, "
                "ihtiyaçla uzmanlığı en iyi buluşturan mentor–menti çiftlerini belirler. Uygun "
                "mentor başvurusu yoksa ilgili alanda bir uzmanı kendisi bulur.</li>"
                "<li><strong>Yazılı onaylar alınır.</strong> Çalışma; uzman personelin rızası ile "
                "hem mentorun hem de mentinin kurumunun muvafakati yazılı olarak alındıktan sonra "
                "başlar.</li>"
                "<li><strong>Süre belirlenir.</strong> Her eşleşmenin süresi ve varsa diğer "
                "koşulları baştan açıkça yazılır. Gerekirse süre uzatılabilir.</li>"
                "<li><strong>Taraflar buluşur.</strong> Mentor ve menti yüz yüze, çevrim içi ya da "
                "ikisini birleştirerek çalışır. Uygun olduğunda yerinde inceleme ziyaretleri "
                "yapılır.</li>"
                "<li><strong>İzlenir ve değerlendirilir.</strong> Sekretarya süreci takip eder, "
                "tarafların geri bildirimlerini toplar ve sonuçları değerlendirir.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "title": "Ağ kurma etkinlikleri ve yaygınlaştırma",
                    "text": (
                        "<p>Sekretarya, mentorlarla mentileri tanıştırmak ve eşleşmeleri "
                        "kolaylaştırmak için buluşmalar düzenler. Eşleşmelerden çıkan dersler, "
                        "yurt içinden ve yurt dışından derlenen iyi uygulama örnekleriyle birlikte "
                        "Birliğin eğitimlerine, etkinliklerine ve yayınlarına aktarılır.</p>"
                    ),
                },
            ),
            ("heading", "İlkelerimiz"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Gönüllülük:</strong> Kimse rızası dışında mentor ya da menti olmaz; "
                "kurumların onayı da her eşleşme için ayrıca alınır.</li>"
                "<li><strong>Gizlilik:</strong> Görüşmelerde konuşulanlar taraflar arasında kalır. "
                "Kişisel veriler ilgili mevzuata uygun biçimde ve güvenli ortamda korunur.</li>"
                "<li><strong>Karşılıklı öğrenme:</strong> Mentorluk, güvene dayanan iki yönlü bir "
                "ilişkidir. Mentor da bu süreçte yeni bakış açıları kazanır, geri bildirim vermeyi "
                "ve almayı öğrenir.</li>"
                "<li><strong>Kurumlar arası paylaşım:</strong> Amacımız bilginin tek bir kurumda "
                "kalmaması, belediyeler arasında yayılmasıdır.</li>"
                "<li><strong>Şeffaflık ve eşitlik:</strong> Başvurular açık ölçütlerle "
                "değerlendirilir; büyük ve küçük her kurum aynı koşullarla katılır.</li>"
                "</ul>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Kimler başvurabilir?",
                        "answer": (
                            "<p>Üye belediyelerin, yerel yönetimlerin ve bu alanda çalışan "
                            "kuruluşların personeli başvurabilir. Kurumlar da bir birim adına "
                            "ihtiyaç bildirebilir ya da uzmanlık teklif edebilir.</p>"
                        ),
                    },
                    {
                        "question": "Mentor olmak için yönetici olmam gerekir mi?",
                        "answer": (
                            "<p>Hayır. Belirleyici olan unvan değil, paylaşılabilecek deneyimdir. "
                            "Tersine mentorluk programımızda genç çalışanlar üst düzey yöneticilere "
                            "mentorluk yapar.</p>"
                        ),
                    },
                    {
                        "question": "Bir eşleşme ne kadar sürer?",
                        "answer": (
                            "<p>Süre her eşleşme için baştan yazılı olarak belirlenir; çoğu "
                            "çalışma iki ile üç ay arasında tamamlanır. Taraflar ve kurumları "
                            "isterse süre uzatılabilir.</p>"
                        ),
                    },
                    {
                        "question": "Kurumumun onayı gerekli mi?",
                        "answer": (
                            "<p>Evet. Görüşmeler ve görevlendirmeler, uzman personelin rızası ile "
                            "her iki kurumun yazılı muvafakati alındıktan sonra başlar. Onay "
                            "yazışmalarını Sekretarya koordine eder.</p>"
                        ),
                    },
                    {
                        "question": "Görevlendirme masraflarını kim karşılar?",
                        "answer": (
                            "<p>Görevlendirme süresince uzmanın maaşını ve diğer haklarını yine "
                            "kendi kurumu öder. Yol, gündelik ve konaklama "
                            "giderlerinin tamamı veya bir bölümü, 6245 sayılı Harcırah Kanunu'na "
                            "uygun olmak kaydıyla Birlik bütçesinden karşılanabilir.</p>"
                        ),
                    },
                    {
                        "question": "Çalışmamızın sonuçları yayımlanır mı?",
                        "answer": (
                            "<p>Eşleşmelerden çıkan dersleri iyi uygulama olarak paylaşmak "
                            "isteriz; ancak adınız ya da kurumunuzun adı yalnızca izin "
                            "verirseniz yayımlanır.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    "en": {
        "title": "About the Programme",
        "intro": (
            "The mentor programme spreads the knowledge built up in local government by "
            "matching experts with colleagues in other institutions who need their experience."
        ),
        "search_description": (
            "Purpose, process and principles of the inter-municipal mentor programme, with "
            "answers to frequently asked questions."
        ),
        "body": [
            ("heading", "Why a mentor programme?"),
            (
                "paragraph",
                "<p>Municipalities in different cities often wrestle with the same problems without "
                "knowing about each other. A team that ran a successful disaster drill in one "
                "district can be an invaluable guide for a colleague doing it for the first time. "
                "By bringing the two together, the programme aims to:</p>"
                "<ul>"
                "<li>increase the exchange of knowledge and experience on the issues municipalities face,</li>"
                "<li>build lasting cooperation between local governments,</li>"
                "<li>strengthen institutional capacity and help develop skilled staff,</li>"
                "<li>give people the chance to see successful practices on site.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<p>Member municipalities of the Union, local governments in Turkey and abroad, and "
                "organisations working in urban planning and local government can all take part. "
                "A <strong>mentor</strong> is an expert, a unit or an institution willing to share "
                "what it knows about a subject. A <strong>mentee</strong> is an institution, a unit "
                "or an employee asking for support on a specific subject.</p>",
            ),
            ("heading", "How does it work?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Needs and offers are collected.</strong> Institutions tell the "
                "Secretariat, through the portal, which subjects they need help with or where they "
                "can contribute. Thematic calls focus on one subject at a time, while the standing "
                "call is always open.</li>"
                "<li><strong>The Secretariat makes the match.</strong> After reviewing the "
                "applications, the Secretariat pairs the mentors and mentees whose needs and "
                "expertise fit best. If no suitable mentor has applied, it looks for an expert in "
                "that field itself.</li>"
                "<li><strong>Written consent is obtained.</strong> Work starts only once the expert "
                "has agreed and both the mentor's and the mentee's institutions have given their "
                "consent in writing.</li>"
                "<li><strong>The duration is set.</strong> The length of each match and any other "
                "conditions are written down at the start. The period can be extended if needed.</li>"
                "<li><strong>The parties meet.</strong> Mentor and mentee work face to face, online "
                "or a mix of both. Where it helps, they arrange study visits on site.</li>"
                "<li><strong>Progress is followed and evaluated.</strong> The Secretariat keeps in "
                "touch, collects feedback from both sides and evaluates the results.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "title": "Networking events and sharing results",
                    "text": (
                        "<p>The Secretariat organises meetings where mentors and mentees can get "
                        "to know each other, which makes matching easier. Lessons learned from the "
                        "matches, together with good practices gathered in Turkey and abroad, feed "
                        "into the Union's training, events and publications.</p>"
                    ),
                },
            ),
            ("heading", "Our principles"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Voluntary:</strong> Nobody becomes a mentor or mentee against their "
                "will, and the institutions give their consent separately for each match.</li>"
                "<li><strong>Confidential:</strong> What is discussed in meetings stays between the "
                "parties. Personal data is protected securely and in line with the law.</li>"
                "<li><strong>Mutual learning:</strong> Mentoring is a two-way relationship built on "
                "trust. Mentors gain new perspectives too, and practise giving and receiving "
                "feedback.</li>"
                "<li><strong>Sharing between institutions:</strong> Knowledge should not stay "
                "locked in one institution; we want it to spread across municipalities.</li>"
                "<li><strong>Transparent and fair:</strong> Applications are assessed against "
                "published criteria, and large and small institutions take part on equal terms.</li>"
                "</ul>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Who can apply?",
                        "answer": (
                            "<p>Staff of member municipalities, other local governments and "
                            "organisations working in this field. Institutions can also report a "
                            "need or offer expertise on behalf of one of their units.</p>"
                        ),
                    },
                    {
                        "question": "Do I have to be a manager to become a mentor?",
                        "answer": (
                            "<p>No. What counts is the experience you can share, not your job "
                            "title. In our reverse-mentoring programme, young employees mentor "
                            "senior managers.</p>"
                        ),
                    },
                    {
                        "question": "How long does a match last?",
                        "answer": (
                            "<p>The duration is agreed in writing for each match; most are "
                            "completed within two to three months. It can be extended if the "
                            "parties and their institutions wish.</p>"
                        ),
                    },
                    {
                        "question": "Does my institution need to approve?",
                        "answer": (
                            "<p>Yes. Meetings and assignments start only after the expert has "
                            "agreed and both institutions have given written consent. The "
                            "Secretariat coordinates the paperwork.</p>"
                        ),
                    },
                    {
                        "question": "Who pays for travel and assignments?",
                        "answer": (
                            "<p>The expert's salary and other entitlements continue to be paid by "
                            "their own institution. Travel, daily allowance and accommodation costs "
                            "may be covered in full or in part from the Union's budget, in line "
                            "with the Travel Allowance Law No. 6245.</p>"
                        ),
                    },
                    {
                        "question": "Will the results of our work be published?",
                        "answer": (
                            "<p>We like to share lessons from the matches as good practice, but "
                            "your name or your institution's name is published only with your "
                            "permission.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
}

_PRIVACY = {
    "key": "privacy",
    "slug": {"tr": "kisisel-verilerin-korunmasi", "en": "privacy-notice"},
    "show_in_menus": False,
    "tr": {
        "title": "Kişisel Verilerin Korunması Aydınlatma Metni",
        "intro": (
            "Mentor programına başvurduğunuzda hangi kişisel verilerinizi neden işlediğimizi ve "
            "6698 sayılı Kanun kapsamındaki haklarınızı bu sayfada bulabilirsiniz."
        ),
        "search_description": (
            "Mentor programı başvuru sahipleri için KVKK aydınlatma metni: işlenen veriler, "
            "amaçlar, hukuki sebepler, saklama süreleri ve haklarınız."
        ),
        "body": [
            (
                "paragraph",
                "<p>Bu metin, 6698 sayılı Kişisel Verilerin Korunması Kanunu'nun (KVKK) 10. "
                "maddesindeki aydınlatma yükümlülüğü kapsamında, veri sorumlusu sıfatıyla Birlik "
                "tarafından hazırlanmıştır. Programa başvuran, eşleşen ve etkinliklerimize katılan "
                "herkes için geçerlidir.</p>",
            ),
            (
                "callout",
                {
                    "title": "Örnek metin",
                    "text": (
                        "<p>Bu aydınlatma metni portalın tanıtım içeriğinin bir parçasıdır. "
                        "Yayına almadan önce kurumunuzun hukuk birimine ve veri sorumlusu "
                        "bilgilerine göre güncelleyiniz.</p>"
                    ),
                },
            ),
            ("heading", "Hangi verilerinizi işliyoruz?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Kimlik:</strong> ad ve soyad; yalnızca yaş şartı bulunan çağrılarda "
                "doğum tarihi.</li>"
                "<li><strong>İletişim:</strong> e-posta adresi ve telefon numarası.</li>"
                "<li><strong>Mesleki bilgiler:</strong> kurum, birim, görev veya unvan, uzmanlık "
                "alanları ve bildiğiniz diller.</li>"
                "<li><strong>Başvuru içeriği:</strong> ihtiyaç ya da uzmanlık açıklamanız, "
                "seçtiğiniz temalar, çalışma biçimi ve zaman tercihleriniz, çağrıya özel sorulara "
                "verdiğiniz yanıtlar.</li>"
                "<li><strong>Süreç kayıtları:</strong> eşleşme bilgileri, kurum onayları, görüşme "
                "tarihleri ve değerlendirme anketlerine verdiğiniz yanıtlar.</li>"
                "<li><strong>İşlem güvenliği:</strong> oturum ve erişim kayıtları, IP adresi.</li>"
                "</ul>"
                "<p>Sağlık, din, dernek üyeliği gibi özel nitelikli kişisel veriler istemiyoruz. "
                "Lütfen açıklama alanlarında bu tür bilgilere yer vermeyin.</p>",
            ),
            ("heading", "Verilerinizi hangi amaçlarla işliyoruz?"),
            (
                "paragraph",
                "<ul>"
                "<li>Başvurunuzu değerlendirmek ve çağrı şartlarını taşıyıp taşımadığınızı kontrol etmek,</li>"
                "<li>size uygun mentor veya mentiyi bulmak,</li>"
                "<li>eşleşme için uzman personelin rızasını ve kurumların yazılı muvafakatini almak,</li>"
                "<li>program, etkinlikler ve sonuçlar hakkında sizinle iletişim kurmak,</li>"
                "<li>eşleşmeleri izlemek, değerlendirmek ve anonim istatistikler üretmek,</li>"
                "<li>ağ kurma etkinlikleri düzenlemek,</li>"
                "<li>açık rızanız varsa, adınızın geçtiği iyi uygulama örneklerini yayımlamak,</li>"
                "<li>bilgi güvenliğini sağlamak ve yasal yükümlülüklerimizi yerine getirmek.</li>"
                "</ul>"
                "<p>Portal, Sekretaryaya eşleşme önerileri sunmak için başvuru metinlerini "
                "karşılaştıran bir araç kullanır. Bu öneriler yalnızca yardımcıdır; eşleşme kararını "
                "her zaman Sekretarya personeli verir.</p>",
            ),
            ("heading", "Hukuki sebepler"),
            (
                "paragraph",
                "<p>Verilerinizi KVKK'nın 5. maddesinin ikinci fıkrasındaki şu sebeplere dayanarak "
                "işliyoruz:</p>"
                "<ul>"
                "<li>programa katılımınızla ilgili sözleşme niteliğindeki ilişkinin kurulması ve "
                "yürütülmesi için gerekli olması (c bendi),</li>"
                "<li>Birliğin hukuki yükümlülüklerini yerine getirebilmesi (ç bendi),</li>"
                "<li>bir hakkın tesisi, kullanılması veya korunması (e bendi),</li>"
                "<li>programın geliştirilmesi ve işlem güvenliği gibi, temel hak ve "
                "özgürlüklerinize zarar vermemek kaydıyla Birliğin meşru menfaati (f bendi).</li>"
                "</ul>"
                "<p>Adınızın, fotoğrafınızın veya deneyiminizin yayımlanması ise yalnızca açık "
                "rızanıza (5. maddenin birinci fıkrası) dayanır. Açık rızanızı istediğiniz zaman "
                "geri alabilirsiniz; bu, geri alma tarihinden sonraki işlemleri etkiler.</p>",
            ),
            ("heading", "Verilerinizi kimlerle paylaşıyoruz?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Kendi kurumunuz ve eşleştiğiniz kişinin kurumu:</strong> onay "
                "yazışmaları ve görevlendirme için gerekli olan bilgilerle sınırlı olarak.</li>"
                "<li><strong>Eşleştiğiniz mentor veya menti:</strong> adınız, kurumunuz, biriminiz, "
                "iletişim bilgileriniz ve ihtiyaç ya da uzmanlık özetiniz.</li>"
                "<li><strong>Hizmet sağlayıcılar:</strong> barındırma ve teknik destek aldığımız, "
                "veri işleme sözleşmesi imzaladığımız firmalar.</li>"
                "<li><strong>Yetkili kamu kurumları:</strong> yalnızca mevzuatın zorunlu kıldığı "
                "hallerde.</li>"
                "</ul>"
                "<p>Aktarımlar KVKK'nın 8. maddesine uygun olarak yapılır. Verileriniz yurt dışına "
                "aktarılmaz.</p>",
            ),
            ("heading", "Verilerinizi ne kadar süre saklıyoruz?"),
            (
                "paragraph",
                "<ul>"
                "<li>Eşleşmeyle sonuçlanmayan başvurular: çağrı sonuçlarının ilanından itibaren bir yıl.</li>"
                "<li>Eşleşen başvurular ve süreç kayıtları: mentorluk çalışmasının bitiminden itibaren üç yıl.</li>"
                "<li>Erişim kayıtları: iki yıl.</li>"
                "</ul>"
                "<p>Süre dolduğunda veriler, saklama ve imha politikamız doğrultusunda ilk periyodik "
                "imha döneminde silinir, yok edilir veya anonim hale getirilir. Anonim istatistikler "
                "süresiz tutulabilir.</p>",
            ),
            ("heading", "KVKK'nın 11. maddesi kapsamındaki haklarınız"),
            (
                "paragraph",
                "<p>Veri sorumlusu olarak Birliğe başvurarak:</p>"
                "<ul>"
                "<li>kişisel verilerinizin işlenip işlenmediğini öğrenebilir,</li>"
                "<li>işlenmişse buna ilişkin bilgi isteyebilir,</li>"
                "<li>işlenme amacını ve verilerin bu amaca uygun kullanılıp kullanılmadığını öğrenebilir,</li>"
                "<li>verilerin yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilebilir,</li>"
                "<li>eksik veya yanlış işlenmiş verilerin düzeltilmesini isteyebilir,</li>"
                "<li>KVKK'nın 7. maddesindeki şartlar çerçevesinde verilerin silinmesini veya yok "
                "edilmesini isteyebilir,</li>"
                "<li>düzeltme, silme veya yok etme işlemlerinin verilerin aktarıldığı üçüncü kişilere "
                "bildirilmesini isteyebilir,</li>"
                "<li>münhasıran otomatik sistemlerle yapılan bir analiz sonucunda aleyhinize bir "
                "sonuç çıkmasına itiraz edebilir,</li>"
                "<li>kanuna aykırı işleme nedeniyle zarara uğramanız halinde zararın giderilmesini "
                "talep edebilirsiniz.</li>"
                "</ul>",
            ),
            ("heading", "Nasıl başvurabilirsiniz?"),
            (
                "paragraph",
                "<p>Talebinizi, sistemimizde kayıtlı e-posta adresinizden "
                "<a href=\"mailto:kvkk@example.org\">kvkk@example.org</a> adresine, kayıtlı "
                "elektronik posta (KEP) ile ya da İletişim sayfasındaki adrese yazılı olarak "
                "iletebilirsiniz. Başvurunuzu en geç otuz gün içinde ve kural olarak ücretsiz "
                "sonuçlandırırız.</p>"
                "<p>Yanıtımızı yeterli bulmazsanız, yanıtı öğrendiğiniz tarihten itibaren otuz gün "
                "ve her durumda başvuru tarihinden itibaren altmış gün içinde Kişisel Verileri "
                "Koruma Kuruluna şikâyette bulunabilirsiniz.</p>",
            ),
        ],
    },
    "en": {
        "title": "Privacy Notice",
        "intro": (
            "This page explains which personal data we process when you apply to the mentor "
            "programme, why we process it, and your rights under Law No. 6698."
        ),
        "search_description": (
            "Privacy notice for mentor programme applicants under Turkey's personal data law "
            "(KVKK): data processed, purposes, legal bases, retention and your rights."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Union, as data controller, has prepared this notice to meet its duty to "
                "inform under Article 10 of Law No. 6698 on the Protection of Personal Data "
                "(KVKK). It applies to everyone who applies to the programme, is matched or takes "
                "part in our events.</p>",
            ),
            (
                "callout",
                {
                    "title": "Sample text",
                    "text": (
                        "<p>This notice is part of the portal's demo content. Before going live, "
                        "have your legal team review it and fill in the real data controller "
                        "details.</p>"
                    ),
                },
            ),
            ("heading", "What data do we process?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Identity:</strong> first name and surname; date of birth only for "
                "calls with an age requirement.</li>"
                "<li><strong>Contact:</strong> e-mail address and phone number.</li>"
                "<li><strong>Professional details:</strong> institution, unit, position or title, "
                "areas of expertise and the languages you speak.</li>"
                "<li><strong>Application content:</strong> the need or expertise you describe, the "
                "themes you choose, your preferred format and availability, and your answers to "
                "call-specific questions.</li>"
                "<li><strong>Process records:</strong> match details, institutional consents, "
                "meeting dates and your answers to evaluation surveys.</li>"
                "<li><strong>Security:</strong> session and access logs, IP address.</li>"
                "</ul>"
                "<p>We do not ask for special categories of personal data such as health, religion "
                "or association membership. Please leave such information out of the free-text "
                "fields.</p>",
            ),
            ("heading", "Why do we process it?"),
            (
                "paragraph",
                "<ul>"
                "<li>To assess your application and check that you meet the call's requirements,</li>"
                "<li>to find a suitable mentor or mentee for you,</li>"
                "<li>to obtain the expert's agreement and the institutions' written consent for a match,</li>"
                "<li>to keep in touch with you about the programme, events and results,</li>"
                "<li>to follow and evaluate matches and produce anonymous statistics,</li>"
                "<li>to organise networking events,</li>"
                "<li>to publish good-practice stories that mention you, if you have given explicit consent,</li>"
                "<li>to keep our systems secure and meet our legal obligations.</li>"
                "</ul>"
                "<p>The portal uses a tool that compares application texts to suggest possible "
                "matches to the Secretariat. These suggestions only assist; the decision on every "
                "match is always taken by Secretariat staff.</p>",
            ),
            ("heading", "Legal bases"),
            (
                "paragraph",
                "<p>We process your data on the following grounds in Article 5(2) of the KVKK:</p>"
                "<ul>"
                "<li>it is necessary to set up and run your participation in the programme "
                "(point c),</li>"
                "<li>it is necessary for the Union to comply with its legal obligations (point ç),</li>"
                "<li>it is necessary to establish, exercise or protect a right (point e),</li>"
                "<li>the Union's legitimate interests, such as improving the programme and keeping "
                "it secure, provided your fundamental rights and freedoms are not harmed "
                "(point f).</li>"
                "</ul>"
                "<p>Publishing your name, photo or story relies only on your explicit consent "
                "(Article 5(1)). You can withdraw consent at any time; withdrawal applies from that "
                "moment on.</p>",
            ),
            ("heading", "Who do we share it with?"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Your institution and your match's institution:</strong> only what "
                "is needed for consent letters and assignments.</li>"
                "<li><strong>Your mentor or mentee:</strong> your name, institution, unit, contact "
                "details and a summary of your need or expertise.</li>"
                "<li><strong>Service providers:</strong> hosting and technical support companies "
                "bound by a data processing agreement.</li>"
                "<li><strong>Authorised public bodies:</strong> only where the law requires it.</li>"
                "</ul>"
                "<p>Transfers follow Article 8 of the KVKK. Your data is not transferred abroad.</p>",
            ),
            ("heading", "How long do we keep it?"),
            (
                "paragraph",
                "<ul>"
                "<li>Applications that did not lead to a match: one year after the call results are announced.</li>"
                "<li>Matched applications and process records: three years after the mentoring ends.</li>"
                "<li>Access logs: two years.</li>"
                "</ul>"
                "<p>When the period ends, the data is erased, destroyed or anonymised in the next "
                "periodic destruction cycle under our retention and destruction policy. Anonymous "
                "statistics may be kept indefinitely.</p>",
            ),
            ("heading", "Your rights under Article 11 of the KVKK"),
            (
                "paragraph",
                "<p>By applying to the Union as data controller, you can:</p>"
                "<ul>"
                "<li>find out whether your personal data is being processed,</li>"
                "<li>ask for information about the processing if it is,</li>"
                "<li>learn the purpose of the processing and whether the data is used accordingly,</li>"
                "<li>know the third parties in Turkey or abroad to whom your data has been transferred,</li>"
                "<li>ask for incomplete or inaccurate data to be corrected,</li>"
                "<li>ask for your data to be erased or destroyed under the conditions in Article 7 "
                "of the KVKK,</li>"
                "<li>ask for corrections, erasure or destruction to be notified to the third parties "
                "who received your data,</li>"
                "<li>object to a result against you that comes exclusively from automated analysis,</li>"
                "<li>claim compensation if you suffer damage because of unlawful processing.</li>"
                "</ul>",
            ),
            ("heading", "How to make a request"),
            (
                "paragraph",
                "<p>Send your request from the e-mail address registered with us to "
                "<a href=\"mailto:kvkk@example.org\">kvkk@example.org</a>, by registered electronic "
                "mail (KEP), or in writing to the address on our Contact page. We will answer within "
                "thirty days at the latest, and as a rule free of charge.</p>"
                "<p>If you are not satisfied with our answer, you can complain to the Personal Data "
                "Protection Board within thirty days of receiving it, and in any case within sixty "
                "days of your request.</p>",
            ),
        ],
    },
}

_CONTACT = {
    "key": "contact",
    "slug": {"tr": "iletisim", "en": "contact"},
    "show_in_menus": True,
    "tr": {
        "title": "İletişim",
        "intro": (
            "Sorularınız, önerileriniz ve iş birliği teklifleriniz için Mentor Programı "
            "Sekretaryasına ulaşabilirsiniz."
        ),
        "search_description": (
            "Mentor Programı Sekretaryasının e-posta, telefon ve adres bilgileri; hangi konuda "
            "kime yazmanız gerektiği."
        ),
        "body": [
            ("heading", "Mentor Programı Sekretaryası"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>E-posta:</strong> "
                "<a href=\"mailto:mentor@example.org\">mentor@example.org</a></li>"
                "<li><strong>Telefon:</strong> +90 212 000 00 00 (hafta içi 09.00–17.00)</li>"
                "<li><strong>Adres:</strong> Örnek Mahallesi, Demo Caddesi No: 1, Kuzeyşehir</li>"
                "<li><strong>Kişisel veri başvuruları:</strong> "
                "<a href=\"mailto:kvkk@example.org\">kvkk@example.org</a></li>"
                "</ul>"
                "<p>E-postalara genellikle üç iş günü içinde yanıt veriyoruz.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kurumunuzdaki irtibat kişisi",
                    "text": (
                        "<p>Her üye kurum, program için bir irtibat kişisi belirler. Kurum onayı "
                        "ve görevlendirme yazışmaları için önce kendi irtibat kişinizle görüşmeniz "
                        "süreci hızlandırır.</p>"
                    ),
                },
            ),
            ("heading", "Hangi konuda nereye yazmalı?"),
            (
                "faq",
                [
                    {
                        "question": "Başvurumun durumunu öğrenmek istiyorum.",
                        "answer": (
                            "<p>Başvuru numaranızla birlikte "
                            "<a href=\"mailto:mentor@example.org\">mentor@example.org</a> adresine "
                            "yazın. Sonuçlar ayrıca çağrı sayfasında belirtilen tarihte e-posta ile "
                            "bildirilir.</p>"
                        ),
                    },
                    {
                        "question": "Kurumumuz adına bir ihtiyaç bildirmek ya da uzmanlık sunmak istiyoruz.",
                        "answer": (
                            "<p>Bunun için yıl boyunca açık olan sürekli çağrıyı kullanabilirsiniz. "
                            "Sekretarya, uygun bir eşleşme bulduğunda sizinle iletişime geçer.</p>"
                        ),
                    },
                    {
                        "question": "Bir etkinlik ya da basın talebim var.",
                        "answer": (
                            "<p>Ağ kurma etkinlikleri, sunum davetleri ve basın soruları için de "
                            "aynı adrese, konu satırında \"Etkinlik\" veya \"Basın\" yazarak "
                            "ulaşabilirsiniz.</p>"
                        ),
                    },
                    {
                        "question": "Portalda teknik bir sorun yaşıyorum.",
                        "answer": (
                            "<p>Sorunun yaşandığı sayfanın adresini ve kullandığınız tarayıcıyı "
                            "belirterek bize yazın; mümkünse bir ekran görüntüsü ekleyin.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    "en": {
        "title": "Contact",
        "intro": (
            "Get in touch with the Mentor Programme Secretariat with your questions, suggestions "
            "and offers of cooperation."
        ),
        "search_description": (
            "E-mail, phone and postal address of the Mentor Programme Secretariat, and who to "
            "write to about what."
        ),
        "body": [
            ("heading", "Mentor Programme Secretariat"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>E-mail:</strong> "
                "<a href=\"mailto:mentor@example.org\">mentor@example.org</a></li>"
                "<li><strong>Phone:</strong> +90 212 000 00 00 (weekdays 09:00–17:00)</li>"
                "<li><strong>Address:</strong> Örnek Mahallesi, Demo Caddesi No: 1, Kuzeyşehir</li>"
                "<li><strong>Personal data requests:</strong> "
                "<a href=\"mailto:kvkk@example.org\">kvkk@example.org</a></li>"
                "</ul>"
                "<p>We usually reply to e-mails within three working days. You are welcome to "
                "write in English.</p>",
            ),
            (
                "callout",
                {
                    "title": "Your institution's contact person",
                    "text": (
                        "<p>Each member institution names a contact person for the programme. "
                        "Talking to yours first speeds up consent letters and assignment "
                        "paperwork.</p>"
                    ),
                },
            ),
            ("heading", "Who to write to about what"),
            (
                "faq",
                [
                    {
                        "question": "I would like to know the status of my application.",
                        "answer": (
                            "<p>Write to <a href=\"mailto:mentor@example.org\">mentor@example.org</a> "
                            "and include your application number. Results are also sent by e-mail "
                            "on the date given on the call page.</p>"
                        ),
                    },
                    {
                        "question": "We want to report a need or offer expertise on behalf of our institution.",
                        "answer": (
                            "<p>Use the standing call, which is open all year. The Secretariat will "
                            "contact you when it finds a suitable match.</p>"
                        ),
                    },
                    {
                        "question": "I have an event or press enquiry.",
                        "answer": (
                            "<p>For networking events, speaking invitations and press questions, "
                            "write to the same address with \"Event\" or \"Press\" in the subject "
                            "line.</p>"
                        ),
                    },
                    {
                        "question": "I have a technical problem with the portal.",
                        "answer": (
                            "<p>Tell us the address of the page where it happened and which browser "
                            "you use; a screenshot helps if you can add one.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
}

STANDARD_PAGES = [_ABOUT, _PRIVACY, _CONTACT]
