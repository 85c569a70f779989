"""States and provinces that datelines name after an unknown city ("DES MOINES, Iowa, May 17",
"SACRAMENTO, Calif., Sept. 18", "KOLKATA, West Bengal"), with the country each lies in; agency
abbreviations of US states (AP style) included."""

US_STATES = (
    "Alabama Ala. Alaska Arizona Ariz. Arkansas Ark. California Calif. Colorado Colo. Connecticut Conn. Delaware Del. "
    "Florida Fla. Georgia Ga. Hawaii Idaho Illinois Ill. Indiana Ind. Iowa Kansas Kan. Kentucky Ky. Louisiana La. "
    "Maine Maryland Md. Massachusetts Mass. Michigan Mich. Minnesota Minn. Mississippi Miss. Missouri Mo. Montana "
    "Mont. Nebraska Neb. Nevada Nev. Ohio Oklahoma Okla. Oregon Ore. Pennsylvania Pa. Tennessee Tenn. Texas Utah "
    "Vermont Vt. Virginia Va. Washington Wash. Wisconsin Wis. Wyoming Wyo.").split() + [
    "New Hampshire", "N.H.", "New Jersey", "N.J.", "New Mexico", "N.M.", "New York", "N.Y.", "North Carolina", "N.C.",
    "North Dakota", "N.D.", "Rhode Island", "R.I.", "South Carolina", "S.C.", "South Dakota", "S.D.", "West Virginia",
    "W.Va.", "D.C."]
AU_STATES = ["Queensland", "New South Wales", "Victoria", "Tasmania", "Western Australia", "South Australia",
             "Northern Territory", "Australian Capital Territory", "NSW", "Qld", "Vic", "Tas", "WA", "SA", "NT", "ACT"]
CA_PROVINCES = ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
                "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island"]
IN_STATES = ["West Bengal", "Kerala", "Tamil Nadu", "Maharashtra", "Karnataka", "Andhra Pradesh", "Telangana",
             "Uttar Pradesh", "Bihar", "Gujarat", "Rajasthan", "Punjab", "Odisha", "Assam", "Tripura", "Madhya Pradesh"]

REGION_COUNTRY = {**{r: "US" for r in US_STATES}, **{r: "AU" for r in AU_STATES},
                  **{r: "CA" for r in CA_PROVINCES}, **{r: "IN" for r in IN_STATES}}
