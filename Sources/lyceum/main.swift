print("lyceum")
