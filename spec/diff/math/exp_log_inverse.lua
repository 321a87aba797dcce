-- log(exp(x)) and exp(log(x)) round trips
for _, x in ipairs({ 0.5, 1, 2, 10, -3, 20 }) do
  print(x, string.format("%.10f", math.log(math.exp(x))), string.format("%.10f", math.exp(math.log(math.abs(x)))))
end
print(math.log10(1e15), math.log10(1e-15), string.format("%.12g", math.log(2)))
