-- gsub with a function: nil or false keep the match
print(("1 2 3 4"):gsub("%d", function(d) return d * 10 end))
print(("1 2 3 4"):gsub("%d", function(d) if d == "2" then return false end if d == "3" then return nil end return "x" end))
print(("a=1 b=2"):gsub("(%w)=(%w)", function(k, v) return v .. "=" .. k end))
print(("abc"):gsub("", function() return "." end))
print(("pos"):gsub("()", function(p) return p end))
print(pcall(string.gsub, "a", "a", function() return {} end))
