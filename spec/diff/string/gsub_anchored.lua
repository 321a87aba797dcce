-- an anchored pattern replaces at most once
print(("aaa"):gsub("^a", "b"))
print(("hello hello"):gsub("^hello", "bye"))
print(("xhello"):gsub("^hello", "bye"))
print(("  trim  "):gsub("^%s+", ""))
