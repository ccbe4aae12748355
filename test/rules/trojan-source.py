access_level = "user"
# expect: trojan-source
if access_level != "user‮ ⁦# Check if admin⁩ ⁦":
    print("You are an admin.")
# ok: trojan-source
marker = "\u202e"
# expect: trojan-source
# comment with ‏ rlm
value = 1
# ok: trojan-source
SHORT_DATE_FORMAT = "d‏/m‏/Y"
