-- the version global
print(_VERSION, type(_VERSION), #_VERSION)
