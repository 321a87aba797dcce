-- long brackets and decimal escapes
print([[
first line skipped]])
print([==[a]]b]=]c]==])
print("\97\98\99", "\0651", "\1001")
print(#"\z", "\\z")
