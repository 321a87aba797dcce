-- log and log10 of exact powers
for k = -3, 6 do print(k, math.log10(10 ^ k), string.format("%.12f", math.log(2 ^ k) / math.log(2))) end
