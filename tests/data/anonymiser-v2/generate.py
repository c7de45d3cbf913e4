#!/usr/bin/env python3
"""Writes the anonymiser's v2 corpus (issue 17): dev.jsonl (tune on it) and test.jsonl (report
on it only). Deterministic (fixed seed). The two splits share no template and no name list:
every pool below has a dev half and a test half written separately, and every template family
has dev templates and held-out test templates, so the test split is not the dev split with
other words in the slots. Hand-written statements (hand.jsonl) are split by id parity.

Labels: kind in name, school, place, postcode, phone, email, nhs, ni, date, dob, handle,
reference, age; listed in text order; "session" on a record lists names the practitioner
entered for that session (the strongest signal); no record has one by default, as
`chorusctl redact` runs.

fresh.jsonl (not written by this script) holds 79 statements written by hand after all tuning,
to estimate how the anonymiser does on text nobody tuned it to (see its figures in the branch
notes); corpusV2 scores it with CHORUS_ANONYMISER_SPLIT=fresh, and it is too small to gate.

Usage: generate.py (writes next to this file)."""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- pools: (dev, test) ---------------------------------------------------------------------
FIRST = {
    "welsh": (
        "Rhys Dafydd Siân Cerys Gethin Ffion Iwan Elin Osian Megan Llinos Gwion Carys Aled Nia "
        "Rhodri Catrin Huw Eleri Iestyn Mali Tomos Lowri Emyr Angharad Cai Heledd".split(),
        "Gruffudd Seren Owain Bethan Dylan Nerys Ieuan Alaw Gareth Manon Hefin Eirlys Steffan "
        "Glesni Tudur Branwen Meilyr Sioned Macsen Lleucu Trystan Mererid Bryn Efa Deiniol Mabli".split(),
    ),
    "african": (
        "Chidi Adaeze Tunde Folake Kwame Ama Oluwaseun Chiamaka Emeka Ngozi Kofi Abena Babajide "
        "Temitope Obinna Yetunde Nkechi Femi".split(),
        "Chukwuemeka Ifeoma Kayode Funmilayo Yaw Akosua Olamide Adebayo Ebere Uchenna Kehinde "
        "Tobenna Ayodele Zainab Ikenna Nneka Babatunde Efua".split(),
    ),
    "horn": (
        "Abdirahman Hodan Yonas Senait Mahad Filsan Tesfay Hiwet Abdullahi Sagal Dawit Luwam "
        "Guled Ayaan Berhane Ruta".split(),
        "Mohamud Ifrah Tekle Semhar Abdiaziz Nimco Biniam Selam Hamza Warsan Filmon Saba "
        "Abdikarim Hibo Mehari Yordanos".split(),
    ),
    "southasian": (
        "Priya Arjun Harpreet Rahul Ayesha Imran Sana Bilal Gurpreet Anjali Zain Nadia Rohan "
        "Simran Faisal Kiran Hamid Shabana".split(),
        "Mandeep Aarav Ishaan Navjot Farhan Rukhsana Tariq Jaspreet Deepa Usman Aaliyah Kamran "
        "Sukhdeep Nusrat Vikram Humaira Rizwan Pooja".split(),
    ),
    "polish": (
        "Kacper Zuzanna Jakub Wiktoria Mateusz Agnieszka Bartosz Małgorzata Szymon Kasia "
        "Łukasz Ola Wojciech Magda".split(),
        "Krzysztof Zofia Dawid Katarzyna Piotr Natalia Tomasz Julia Grzegorz Dominika Paweł "
        "Marta Michał Justyna".split(),
    ),
    "irish": (
        "Siobhán Niamh Seán Aoife Cian Saoirse Oisín Róisín Darragh Caoimhe Pádraig Orla "
        "Ciarán Clodagh".split(),
        "Eoin Sinéad Tadhg Gráinne Donnacha Aisling Fionn Méabh Colm Deirdre Ruairí Éabha "
        "Cathal Máire".split(),
    ),
    "english": (
        "Oliver Amelia Jayden Chloe Tyler Leah Kyle Shannon Callum Jade Kai Demi Reece "
        "Courtney Liam Paige".split(),
        "Harvey Ellie Mason Keira Logan Abbie Riley Tia Bailey Megan Ethan Summer-Rose Jake "
        "Brooke Connor Lacey".split(),
    ),
    "arabic": (
        "Omar Layla Yusuf Mariam Khalid Noor Ahmed Fatima Hassan Amira".split(),
        "Ibrahim Salma Mustafa Hana Karim Rania Tariq Dalia Samir Yasmin".split(),
    ),
}
ARABIC_SCRIPT = (
    "محمد أحمد فاطمة عمر ليلى يوسف مريم خالد".split(),
    "إبراهيم سلمى مصطفى هناء كريم رانيا سمير ياسمين".split(),
)
# Names that are English words, in name context only.
WORDNAMES = (
    "Hope Faith Grace Blessing Gift Precious Will Rose Joy Destiny Mercy".split(),
    "Patience Honour Favour Summer Sunny Bill Hunter Clay Dawn Miracle Angel".split(),
)
SURNAMES = (
    "Jones Evans Okafor Nowak Ahmed Murphy Khan Tesfaye Price Adeyemi Kowalski O'Brien "
    "Hughes Mensah Wiśniewski Begum".split(),
    "Williams Pritchard Eze Wójcik Hussain Ní Bhriain Osei Abdi Lewis Chowdhury Gallagher "
    "Haile Morgan Zielińska Farah Bello".split(),
)
NICKS = (
    "Big Dai|Lil Jay|Big Mo|Gwil|Kacz|Tunde J|Shaz".split("|"),
    "Big Rhod|Lil Kev|Big Yaw|Iolo bach|Siwan|Dee Dee|Jonno".split("|"),
)
HANDLES = (
    "jay.k_22 its.kayla.x rhys.jones07 big.dai.x lil_tunde.99 amira.x.x".split(),
    "kacper.w_ ffion.x.x chidi.o_ its.niamh.2 sana.k.x tylerr.official".split(),
)
SCHOOLS = (
    "ysgol glan taf|ysgol y graig|Ysgol Gyfun Bro Edern|st josephs|Castle Hill Academy|"
    "oakfield primary|cardinal newman|Bishop Hedley sixth form|Treorchy Comp|bryn celyn|"
    "Ysgol Plasmawr|hollyfield sixth form".split("|"),
    "ysgol gymraeg aberdar|ysgol bro dinefwr|Ysgol Gyfun Cwm Rhymni|st teilos|"
    "Ashfield Academy|willowbrook primary|Heolddu comp|Fitzalan High|st marys rc|"
    "Coleg Gwent sixth form|ysgol y strade|Parkside Community College".split("|"),
)
HOMES = (
    "Maple House|The Willows|Brookfield Lodge|Ashdown House|the beeches|Cedar Lodge".split("|"),
    "Rowan House|The Laurels|Oakwood Lodge|Hillcrest House|the pines|Fernbank Lodge".split("|"),
)
TOWNS = (
    "Merthyr|Barry|Wrexham|Rochdale|Swindon|Newport|Pontypridd|Leicester|Rhyl|Luton|"
    "Caerphilly|Bolton".split("|"),
    "Llanelli|Aberdare|Oldham|Ebbw Vale|Peterborough|Neath|Walsall|Bridgend|Slough|"
    "Blackburn|Porthcawl|Stockport".split("|"),
)
# Welsh radical, mutated after yn/i/o in the statement.
WELSH_HOME = (
    [("Caerdydd", "yng Nghaerdydd"), ("Bangor", "ym Mangor"), ("Pwllheli", "ym Mhwllheli"),
     ("Caernarfon", "yng Nghaernarfon")],
    [("Caerfyrddin", "yng Nghaerfyrddin"), ("Porthmadog", "ym Mhorthmadog"),
     ("Tregaron", "yn Nhregaron"), ("Bangor", "ym Mangor")],
)
ABROAD = (
    "Spain|Eritrea|Lagos|Poland|Lahore|Dublin|Mogadishu|Tenerife|Kraków|Ghana|Dubai|Scotland"
    .split("|"),
    "Portugal|Somalia|Accra|Italy|Islamabad|Cork|Asmara|Majorca|Gdańsk|Nigeria|Turkey|Amsterdam"
    .split("|"),
)
PETS = ("Biscuit|Luna|Max|Coco|Bella|Taffy".split("|"), "Milo|Daisy|Pebbles|Nala|Rocky|Smudge".split("|"))
FIGURES = (
    "Marcus Rashford|Gareth Bale|Taylor Swift|Stormzy|Mo Salah|Harry Styles|Dua Lipa|"
    "Bukayo Saka|Kylian Mbappé".split("|"),
    "Jude Bellingham|Aaron Ramsey|Beyoncé|Central Cee|Raheem Sterling|Billie Eilish|"
    "Erling Haaland|Ed Sheeran|Lionel Messi".split("|"),
)
THINGS = (
    "Fortnite|Minecraft|Bluey|Love Island|Harry Potter|FIFA|Roblox|Stranger Things".split("|"),
    "Call of Duty|Among Us|Peppa Pig|Pokémon|Diary of a Wimpy Kid|GTA|Hollyoaks|Doctor Who".split("|"),
)
SAFE = (
    "self-harm|care leaver|GCSEs|CAMHS|my PEP|the LAC review|my IRO|section 20".split("|"),
    "self harm|a care leaver|my GCSEs|the CAMHS worker|contact centre|my pathway plan|EHCP|child protection plan".split("|"),
)
KIN_CY = "Nain Taid Mamgu Dadcu Bampi Mam-gu Tad-cu Nana Nanna".split()
LANGS = "Cymraeg|Welsh|Tigrinya|Somali|Urdu|Polish|Arabic|Punjabi|Yoruba|Irish|Amharic|Twi".split("|")
FEASTS = "Eid|Diwali|Ramadan|Christmas|Vaisakhi|Easter|Dydd Gŵyl Dewi|Hanukkah|Timkat|Wigilia".split("|")
FAITH = "Muslim|Sikh|Orthodox|Catholic|Hindu|Christian|Pentecostal".split("|")


def pick(rng, pool, split):
    return rng.choice(pool[split])


def phone(rng):
    f = rng.choice(["07{a} {c}", "07{a}{c}", "+44 7{a} {c}", "029 20{d} {e}", "01{a} {f}",
                    "07{a} {g} {h}"])
    return f.format(a=rng.randint(100, 999), b=rng.randint(0, 9), c=rng.randint(100000, 999999),
                    d=rng.randint(10, 99), e=rng.randint(1000, 9999),
                    f=rng.randint(100000, 999999), g=rng.randint(100, 999), h=rng.randint(100, 999))


def postcode(rng):
    area = rng.choice(["CF", "SA", "LL", "NP", "M", "B", "LS", "BD", "SY", "LD", "OL", "CH"])
    pc = f"{area}{rng.randint(1, 24)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return pc if rng.random() < 0.7 else pc.lower()


def email(rng, first):
    user = re.sub(r"[^a-z]", "", first.lower().translate(str.maketrans("áéíóúâłńśźżćąę", "aeiouālnszzcae"))) or "kid"
    return f"{user}{rng.choice(['', '.x', '_', '2009', '123'])}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com', 'hwb.wales'])}"


def nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        digits = "".join(map(str, d + [c]))
        return rng.choice([f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits])


def ni(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    # HMRC never issues these prefixes (nor O second, which `letters` lacks).
    while True:
        prefix = rng.choice(letters) + rng.choice(letters)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    v = f"{prefix}{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.choice('ABCD')}"
    return v if rng.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"


def reference(rng):
    """(words before the reference, the reference itself): only the latter is hidden."""
    return rng.choice([("", f"MOS-{rng.randint(100000, 999999)}"),
                       ("case no ", f"{rng.randint(1000000, 9999999)}"),
                       ("ref ", f"{rng.randint(10000, 99999)}/{rng.randint(10, 24)}"),
                       ("crime number ", f"{rng.randint(10, 99)}/{rng.randint(100000, 999999)}/{rng.randint(20, 26)}")])


MONTHS = "january february march april may june july august september october november december".split()
MISIS = "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()


def dob(rng, split):
    y = rng.randint(2006, 2019)
    forms = ([f"christmas day {y}", f"the 3rd of {rng.choice(MONTHS)} {y}", f"{rng.randint(1, 28)} {rng.choice(MONTHS).title()} {y}",
              f"new years eve {y}", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}th {y}"],
             [f"boxing day {y}", f"the {rng.randint(1, 28)}th of {rng.choice(MONTHS)} {y}", f"{rng.choice(MONTHS).title()} {rng.randint(1, 28)} {y}",
              f"valentines day {y}", f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}"])
    return rng.choice(forms[split])


def age(rng, split):
    n = rng.randint(6, 19)
    forms = ([f"{n}yrs", f"{n}yo", f"{n} years old", f"{n}"], [f"{n} yrs old", f"{n}y/o", f"{n} yr old", f"{n}"])
    return rng.choice(forms[split]), n


# ---- templates ------------------------------------------------------------------------------
# Slots: {N} first name (any heritage), {NW} Welsh name, {NA} Arabic-script name, {WN} word-name,
# {FULL} first + surname, {NICK}, {HANDLE}, {SCHOOL}, {HOME} care home, {TOWN} home town,
# {CYHOME} Welsh mutated home place, {STREET} a Welsh street address, {AGE} exact age, {DOB},
# {PHONE} {PC} {EMAIL} {NHS} {NI} {REF},
# and kept (no label): {ABROAD} {PET} {FIG} {THING} {SAFE} {KIN} {LANG} {FEAST} {FAITH}.
DEV = {
    "name": [
        "my worker {N} is sound she listens",
        "thank u {N} for coming to my review",
        "{N} from the leaving care team hasnt called back",
        "i get on with {N} at the home, she makes me laugh",
        "Miss {N} helps me with maths",
        "me and {N} went to the park after school",
        "My foster carer {N} lets me stay up on fridays",
        "i told {N} about the bullying but nothing happened",
        "my key worker is called {N} and she is kind",
        "{N} said I could ring her if I felt bad",
        "I miss my brother {N} so much 😢",
        "my social worker {FULL} keeps changing my contact",
        "mr {N} shouts a lot in class",
        "can {N} come to my next meeting pls",
        "{N} and {N} are my best mates",
        "my little sister {N} is always in my room",
        "i wish i could see {N} more, she was my old foster carer",
        "thank you {WN} for listening to me",
        "my worker {WN} got me a bus pass",
        "{WN} from the youth club is the only one i trust",
        "my mentor {WN} comes every tuesday",
        "auntie {N} cooks jollof on sundays",
        "we call him {NICK} cos hes massive",
        "{NICK} from my estate got stabbed last year",
        "add me on snap its {HANDLE}",
        "my insta is {HANDLE} if u want to see my drawings",
        "i message {HANDLE} every night",
        "صديقي {NA} يساعدني في الواجب",
        "اسمي {NA} وعندي أخت صغيرة",
        "my cousin {NA} is coming from Syria",
    ],
    "school": [
        "i go to {SCHOOL} and i hate it",
        "I'm in year 9 at {SCHOOL}",
        "the teachers at {SCHOOL} dont get me",
        "got excluded from {SCHOOL} last week",
        "I want to go to {SCHOOL} next year",
        "mae'n gas gen i {SCHOOL}",
    ],
    "home": [
        "I've been at {HOME} since march and it's alright",
        "the staff at {HOME} are strict about phones",
        "i moved to {HOME} after my placement broke down",
        "living in {HOME} is better than my last place",
    ],
    "place": [
        "i live in {TOWN} now with my nan",
        "we moved to {TOWN} when i was little",
        "my new placement is in {TOWN} and i dont know anyone",
        "Dw i'n byw {CYHOME} gyda fy nain",
        "rydw i'n byw {CYHOME} nawr",
        "i live at {PC} with my foster family",
    ],
    "age": [
        "i am {AGE} and i want to be listened to",
        "im {AGE} so i should get a say",
        "my brother is {AGE} and hes in a different placement",
        "I turned {AGE} last month",
        "I'm {AGE} and nobody asks me anything",
        "{N} is {AGE} and goes to college",
        "when i was {AGE} i got put in care",
        "dw i'n {AGEN} oed",
    ],
    "dob": [
        "my birthday is {DOB}",
        "i was born on {DOB}",
        "born {DOB} in the heath hospital",
        "fy mhen-blwydd yw {DOB}",
    ],
    "ids": [
        "my number is {PHONE} if you need me",
        "ring my mum on {PHONE}",
        "email me at {EMAIL}",
        "my nhs number is {NHS}",
        "NI number {NI}",
        "my case is {REF}",
        "text {PHONE} when the meeting is moved",
        "my email is {EMAIL} and my postcode is {PC}",
        "social worker said my nhs no is {NHS}",
        "my national insurance is {NI} for my job",
        "the police gave me {REF}",
    ],
    "neg": [
        "we went to {ABROAD} on holiday and it was boiling",
        "my dad is from {ABROAD} and i want to go there one day",
        "my family comes from {ABROAD}",
        "i speak {LANG} at home and English at school",
        "I love {FEAST} because the whole family comes",
        "we are {FAITH} and i go to church or mosque with my mum",
        "my favourite player is {FIG}",
        "i watched {FIG} on tiktok all night",
        "i play {THING} every night with my mates",
        "i love watching {THING}",
        "my dog {PET} sleeps on my bed",
        "our cat {PET} had kittens",
        "i have done {SAFE} before and i dont want to talk about it",
        "i want help with {SAFE}",
        "i worry about {SAFE}",
        "{KIN} takes me to chapel on sundays",
        "I stay with {KIN} at weekends",
        "Mae {KIN} yn siarad Cymraeg gyda fi",
        "More visits with my brother please",
        "More time to talk to my worker would help",
        "Nobody listens when i say im scared",
        "Sometimes i feel like nobody cares",
        "Brilliant day at the beach today",
        "Grace before meals is a thing in our house",
        "i hope it gets better",
        "will i be able to stay here",
        "Hope it works out",
        "i miss home",
        "Fy hoff beth yw chwarae pêl-droed gyda fy ffrindiau",
        "Dw i'n hoffi'r ysgol ond dw i ddim yn hoffi mathemateg",
        "Mae gen i gath ac mae hi'n ddu",
        "rwy'n teimlo'n drist weithiau",
        "lol idk what to write tbh 😂",
        "its ok here i guess",
        "the food is rubbish and the wifi is worse",
        "I want to do my GCSEs and go to college",
        "can i have more pocket money",
        "i dont like when they search my room",
        "Contact with mum got cancelled again",
        "hasn't called back in weeks",
        "Christmas was hard this year",
        "أحب المدرسة وأصدقائي",
        "أريد أن أرى أمي أكثر",
    ],
}
TEST = {
    "name": [
        "i really like my pa {N} she helps with everything",
        "thanks {N} for sorting my phone",
        "{N} from the after care team never answers",
        "my support worker {N} takes me to the gym",
        "Mrs {N} is the only teacher who gets me",
        "i went to town with {N} and {N}",
        "my foster mum {N} made me a cake",
        "told {N} i didnt want to go home",
        "my IRO is {N} and she actually listens",
        "{N} says im doing well at college",
        "cant wait to see my sister {N} at christmas",
        "the new social worker {FULL} seems ok",
        "sir {N} gave me a detention for nothing",
        "please can {N} stay as my worker",
        "{N} & me are going to the cinema",
        "my baby brother {N} is so cute",
        "i want to live with {N} again",
        "big thanks to {WN} for the help",
        "my youth worker {WN} is the best",
        "{WN} from the homework club helped me",
        "my advocate {WN} came to the meeting",
        "uncle {N} lets me play on his ps5",
        "everyone calls him {NICK}",
        "{NICK} is my bestie",
        "my tiktok is {HANDLE}",
        "follow {HANDLE} on insta its me",
        "me and {HANDLE} snap every day",
        "أخي {NA} يلعب كرة القدم معي",
        "أنا {NA} وأحب الرسم",
        "my friend {NA} from the mosque helps me",
    ],
    "school": [
        "im at {SCHOOL} now",
        "i started year 7 at {SCHOOL} in september",
        "{SCHOOL} is way better than my old school",
        "they want to move me to {SCHOOL}",
        "nobody at {SCHOOL} knows im in care",
        "dw i'n mynd i {SCHOOL}",
    ],
    "home": [
        "i live at {HOME} with 3 other kids",
        "{HOME} has a rule about being back by 9",
        "i like my room at {HOME}",
        "they put me in {HOME} for emergency",
    ],
    "place": [
        "im living in {TOWN} with my foster carers",
        "just moved to {TOWN} and i miss my friends",
        "i got placed in {TOWN} miles from my family",
        "Rydw i'n byw {CYHOME} gyda Mam",
        "Dw i wedi symud i fyw {CYHOME}",
        "my address is {STREET} {PC}",
    ],
    "age": [
        "im {AGE} btw",
        "I'm {AGE} and i can make my own choices",
        "my sister is only {AGE}",
        "just turned {AGE} 🎉",
        "im nearly {AGE}",
        "me and {N} are both {AGE}",
        "i was {AGE} when i went into care",
        "rydw i'n {AGEN} oed",
    ],
    "dob": [
        "my bday is {DOB}",
        "born on {DOB}",
        "my dob is {DOB}",
        "ces i fy ngeni ar {DOB}",
    ],
    "ids": [
        "call me on {PHONE}",
        "my phone number is {PHONE}",
        "u can email {EMAIL}",
        "nhs number: {NHS}",
        "my ni no is {NI}",
        "the case number is {REF}",
        "my new number {PHONE} dont give it to my dad",
        "contact {EMAIL} or post to {PC}",
        "the doctor asked for my nhs number {NHS}",
        "NI {NI}",
        "police said {REF}",
    ],
    "neg": [
        "we went to {ABROAD} last summer",
        "my mum grew up in {ABROAD}",
        "i want to visit {ABROAD} when im older",
        "we speak {LANG} at home",
        "{FEAST} is my favourite time of year",
        "i am {FAITH} and it matters to me",
        "{FIG} is the goat",
        "i saw {FIG} on the telly",
        "{THING} is the best",
        "i stayed up watching {THING}",
        "my hamster {PET} died last week",
        "we have a dog called {PET}",
        "i have been struggling with {SAFE}",
        "they talked about {SAFE} at my meeting",
        "i dont want {SAFE} to be the only thing people see",
        "{KIN} makes the best cawl",
        "i go to {KIN}s house after school",
        "Mae {KIN} yn byw drws nesa",
        "More help with my homework please",
        "Nobody told me about the move",
        "Some days are good some are bad",
        "Summer holidays are long and boring",
        "Will they let me keep my phone",
        "hope my mum gets better",
        "I just want to be normal",
        "Dw i eisiau mwy o amser gyda fy mrawd",
        "Mae'n anodd weithiau ond dw i'n iawn",
        "Rydw i'n hoffi nofio a darllen",
        "Dydw i ddim eisiau symud eto",
        "idk tbh its fine 🙃",
        "why does everyone keep asking me the same questions",
        "i want my GCSEs to go well",
        "the contact centre is boring",
        "Mum missed contact again",
        "Nobody has called back yet",
        "Ramadan was good this year",
        "أشعر بالحزن أحياناً",
        "أحب كرة القدم",
    ],
}
# How many statements each family contributes per split (the test split is the bigger one).
COUNTS = {"name": 330, "school": 80, "home": 50, "place": 70, "age": 90, "dob": 40,
          "ids": 110, "neg": 260}
DEV_SCALE = 0.75


def fill(rng, template, split):
    text, labels = "", []
    pos = 0
    heritage = rng.choice(list(FIRST))

    def first():
        return pick(rng, FIRST[heritage] if rng.random() < 0.7 else FIRST[rng.choice(list(FIRST))], split)

    for m in re.finditer(r"\{(\w+)\}", template):
        text += template[pos:m.start()]
        pos = m.end()
        slot = m.group(1)
        kind, value = None, None
        if slot == "N":
            kind, value = "name", first()
        elif slot == "NW":
            kind, value = "name", pick(rng, FIRST["welsh"], split)
        elif slot == "NA":
            kind, value = "name", pick(rng, ARABIC_SCRIPT, split)
        elif slot == "WN":
            kind, value = "name", pick(rng, WORDNAMES, split)
        elif slot == "FULL":
            kind, value = "name", f"{first()} {pick(rng, SURNAMES, split)}"
        elif slot == "NICK":
            kind, value = "name", pick(rng, NICKS, split)
        elif slot == "HANDLE":
            kind, value = "handle", pick(rng, HANDLES, split)
        elif slot == "SCHOOL":
            kind, value = "school", pick(rng, SCHOOLS, split)
        elif slot == "HOME":
            kind, value = "place", pick(rng, HOMES, split)
        elif slot == "TOWN":
            kind, value = "place", pick(rng, TOWNS, split)
        elif slot == "CYHOME":
            radical, mutated = pick(rng, WELSH_HOME, split)
            prep, word = mutated.split(" ", 1)
            text += prep + " "
            kind, value = "place", word
        elif slot == "AGE":
            value, _ = age(rng, split)
            kind = "age"
        elif slot == "DOB":
            kind, value = "dob", dob(rng, split)
        elif slot == "PHONE":
            kind, value = "phone", phone(rng)
        elif slot == "PC":
            kind, value = "postcode", postcode(rng)
        elif slot == "EMAIL":
            kind, value = "email", email(rng, first())
        elif slot == "NHS":
            kind, value = "nhs", nhs(rng)
        elif slot == "NI":
            kind, value = "ni", ni(rng)
        elif slot == "REF":
            before, value = reference(rng)
            text += before
            kind = "reference"
        elif slot == "STREET":
            # A house number and a Welsh street is an address (no draw: the splits stay put).
            kind, value = "place", "14 Heol y Coed"
        elif slot == "AGEN":
            kind, value = "age", str(rng.randint(6, 18))
        else:
            pool = {"ABROAD": ABROAD, "PET": PETS, "FIG": FIGURES, "THING": THINGS,
                    "SAFE": SAFE}.get(slot)
            if pool:
                value = pick(rng, pool, split)
            else:
                value = rng.choice({"KIN": KIN_CY, "LANG": LANGS, "FEAST": FEASTS,
                                    "FAITH": FAITH}[slot])
        if kind:
            labels.append({"kind": kind, "value": value})
        text += value
    text += template[pos:]
    return text, labels


def vary(rng, text, labels):
    """Children rarely capitalise, add emoji and text-speak, and make typos."""
    r = rng.random()
    if r < 0.3:
        text = text.lower()
        labels = [dict(l, value=l["value"].lower()) for l in labels]
    elif r < 0.45 and text[:1].islower():
        text = text[0].upper() + text[1:]
        if labels and labels[0]["value"] and text.startswith(labels[0]["value"][0].upper() + labels[0]["value"][1:]):
            labels[0] = dict(labels[0], value=labels[0]["value"][0].upper() + labels[0]["value"][1:])
    if rng.random() < 0.15:
        text += " " + rng.choice(["😭", "🙂", "❤️", "lol", "x", "!!", "innit", "👍", "tbh"])
    if rng.random() < 0.1:
        text = re.sub(r"\byou\b", "u", text)
        text = re.sub(r"\bbecause\b", "cos", text)
    return text, labels


def check(text, labels):
    at = 0
    for l in labels:
        k = text.find(l["value"], at)
        if k < 0:
            return False
        at = k + len(l["value"])
    return True


def build(split, rng, templates, scale):
    out = []
    for family, count in COUNTS.items():
        n = int(count * scale)
        for _ in range(n):
            t = rng.choice(templates[family])
            text, labels = fill(rng, t, split)
            text, labels = vary(rng, text, labels)
            if not check(text, labels):
                continue
            out.append({"speaker": rng.choice(["child", "child", "young person", "parent", "carer"]),
                        "family": family, "text": text, "labels": labels})
    return out


def main():
    rng = random.Random(17)
    dev = build(0, rng, DEV, DEV_SCALE)
    test = build(1, rng, TEST, 1.0)
    hand_path = os.path.join(HERE, "hand.jsonl")
    with open(hand_path, encoding="utf-8") as f:
        hand = [json.loads(line) for line in f if line.strip()]
    for k, rec in enumerate(hand):
        rec = dict(rec, family="hand")
        (test if k % 2 else dev).append(rec)
    for name, recs in (("dev", dev), ("test", test)):
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for i, rec in enumerate(recs, 1):
                rec = {"id": i, **{k: v for k, v in rec.items() if k != "id"}}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(name, len(recs), "statements,", sum(1 for r in recs if not r["labels"]), "without identifiers")


if __name__ == "__main__":
    main()
