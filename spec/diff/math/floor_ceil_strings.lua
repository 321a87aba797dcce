-- string arguments are converted
print(math.floor("3.7"), math.ceil("3.2"), math.floor(" -2.5 "), math.floor("0x1F"))
print(math.floor("1e2"), math.ceil("-0.0"))
