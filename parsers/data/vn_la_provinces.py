"""Provinces and centrally-run cities of Viet Nam and Laos, as IDCPC releases write them
(no diacritics; a few spelling variants). A provincial Party committee of one of these is a
body of the Communist Party of Vietnam or of the Lao People's Revolutionary Party, never of
the CPC (parsers.chinese_offices).
"""

VN_PROVINCES = (
    "An Giang", "Ba Ria-Vung Tau", "Ba Ria - Vung Tau", "Bac Giang", "Bac Kan", "Bac Lieu", "Bac Ninh",
    "Ben Tre", "Binh Dinh", "Binh Duong", "Binh Phuoc", "Binh Thuan", "Ca Mau", "Can Tho", "Cao Bang",
    "Da Nang", "Danang", "Dak Lak", "Daklak", "Dac Lac", "Dak Nong", "Dien Bien", "Dong Nai", "Dong Thap",
    "Gia Lai", "Ha Giang", "Ha Nam", "Ha Noi", "Hanoi", "Ha Tinh", "Hai Duong", "Hai Phong", "Haiphong",
    "Hau Giang", "Hoa Binh", "Hung Yen", "Khanh Hoa", "Kien Giang", "Kon Tum", "Lai Chau", "Lam Dong",
    "Lang Son", "Lao Cai", "Long An", "Nam Dinh", "Nghe An", "Ninh Binh", "Ninh Thuan", "Phu Tho",
    "Phu Yen", "Quang Binh", "Quang Nam", "Quang Ngai", "Quang Ninh", "Quang Tri", "Soc Trang", "Son La",
    "Tay Ninh", "Thai Binh", "Thai Nguyen", "Thanh Hoa", "Thua Thien Hue", "Thua Thien-Hue", "Hue",
    "Tien Giang", "Ho Chi Minh City", "Tra Vinh", "Tuyen Quang", "Vinh Long", "Vinh Phuc", "Yen Bai",
)

LA_PROVINCES = (
    "Attapeu", "Attapue", "Bokeo", "Bolikhamxai", "Bolikhamsai", "Borikhamxay", "Champasak", "Champasack",
    "Champassak", "Houaphanh", "Houaphan", "Huaphan", "Khammouane", "Khammouan", "Luang Namtha",
    "Luang Prabang", "Oudomxay", "Oudomxai", "Phongsaly", "Phongsali", "Salavan", "Saravane", "Savannakhet",
    "Vientiane", "Sainyabuli", "Xayaboury", "Xaignabouli", "Sayaboury", "Sekong", "Xekong", "Xiangkhouang",
    "Xieng Khouang", "Xaisomboun", "Xaysomboun",
)
