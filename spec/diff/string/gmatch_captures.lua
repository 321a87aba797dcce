-- gmatch yields all captures of each match
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do print(k, v) end
for a, b in ("abcdef"):gmatch("(.)(.)") do print(a .. b) end
for pos in ("hello"):gmatch("()l") do print(pos) end
