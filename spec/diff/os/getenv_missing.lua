-- os.getenv of an unset variable is nil
print(os.getenv("TRACELUA_SURELY_UNSET_VARIABLE_12345"))
print(type(os.getenv("TZ")))
